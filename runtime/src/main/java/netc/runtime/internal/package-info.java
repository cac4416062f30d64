/**
 * Implementation details of the kernels (micro-kernels, packing, the GEMM driver, scratch buffers). Not an API:
 * generated code uses {@link netc.runtime.kernels} only.
 */
package netc.runtime.internal;
