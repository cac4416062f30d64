; netc native module for network tiny: 6 nodes, weights 160 floats, arena 144 floats per image
source_filename = "tiny.net"

; 0: conv 2x6x6 -> 2x6x6
define internal void @k0_0(ptr %w, i64 %n, ptr %y, ptr %x0) {
entry:
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v0 = mul nsw i64 %b4, 72
  %v1 = getelementptr inbounds float, ptr %x0, i64 %v0
  %v2 = mul nsw i64 %b4, 72
  %v3 = getelementptr inbounds float, ptr %y, i64 %v2
  br label %oc.head.5
oc.head.5:
  %oc9 = phi i64 [ 0, %b.body.1 ], [ %oc9.next, %oc.latch.7 ]
  %oc9.c = icmp slt i64 %oc9, 2
  br i1 %oc9.c, label %oc.body.6, label %oc.end.8
oc.body.6:
  %v4 = udiv i64 %oc9, 2
  %v5 = add nsw i64 %oc9, 48
  %v6 = getelementptr inbounds float, ptr %w, i64 %v5
  %v7 = load float, ptr %v6, align 4
  br label %oh.head.10
oh.head.10:
  %oh14 = phi i64 [ 0, %oc.body.6 ], [ %oh14.next, %oh.latch.12 ]
  %oh14.c = icmp slt i64 %oh14, 6
  br i1 %oh14.c, label %oh.body.11, label %oh.end.13
oh.body.11:
  %v8 = mul nsw i64 %oc9, 36
  %v9 = mul nsw i64 %oh14, 6
  %v10 = add nsw i64 %v8, %v9
  %v11 = getelementptr inbounds float, ptr %v3, i64 %v10
  br label %i.head.15
i.head.15:
  %i19 = phi i64 [ 0, %oh.body.11 ], [ %i19.next, %i.latch.17 ]
  %i19.c = icmp slt i64 %i19, 6
  br i1 %i19.c, label %i.body.16, label %i.end.18
i.body.16:
  %v12 = getelementptr inbounds float, ptr %v11, i64 %i19
  store float %v7, ptr %v12, align 4
  br label %i.latch.17
i.latch.17:
  %i19.next = add nuw nsw i64 %i19, 1
  br label %i.head.15
i.end.18:
  br label %ic.head.20
ic.head.20:
  %ic24 = phi i64 [ 0, %i.end.18 ], [ %ic24.next, %ic.latch.22 ]
  %ic24.c = icmp slt i64 %ic24, 2
  br i1 %ic24.c, label %ic.body.21, label %ic.end.23
ic.body.21:
  %v13 = mul nsw i64 %v4, 2
  %v14 = add nsw i64 %v13, %ic24
  %v15 = mul nsw i64 %v14, 36
  %v16 = getelementptr inbounds float, ptr %v1, i64 %v15
  %v17 = mul nsw i64 %oc9, 2
  %v18 = add nsw i64 %v17, %ic24
  %v19 = mul nsw i64 %v18, 9
  br label %ky.head.25
ky.head.25:
  %ky29 = phi i64 [ 0, %ic.body.21 ], [ %ky29.next, %ky.latch.27 ]
  %ky29.c = icmp slt i64 %ky29, 3
  br i1 %ky29.c, label %ky.body.26, label %ky.end.28
ky.body.26:
  %v20 = add nsw i64 %oh14, %ky29
  %v21 = add nsw i64 %v20, -1
  %v22 = icmp sge i64 %v21, 0
  %v23 = icmp slt i64 %v21, 6
  %v24 = and i1 %v22, %v23
  br i1 %v24, label %then.30, label %endif.31
then.30:
  %v25 = mul nsw i64 %v21, 6
  %v26 = getelementptr inbounds float, ptr %v16, i64 %v25
  %v27 = mul nsw i64 %ky29, 3
  %v28 = add nsw i64 %v19, %v27
  %v29 = getelementptr inbounds float, ptr %w, i64 %v28
  %v30 = load float, ptr %v29, align 4
  br label %ow.head.32
ow.head.32:
  %ow36 = phi i64 [ 1, %then.30 ], [ %ow36.next, %ow.latch.34 ]
  %ow36.c = icmp slt i64 %ow36, 6
  br i1 %ow36.c, label %ow.body.33, label %ow.end.35
ow.body.33:
  %v31 = add nsw i64 %ow36, -1
  %v32 = getelementptr inbounds float, ptr %v26, i64 %v31
  %v33 = load float, ptr %v32, align 4
  %v34 = getelementptr inbounds float, ptr %v11, i64 %ow36
  %v35 = load float, ptr %v34, align 4
  %v36 = call float @llvm.fmuladd.f32(float %v30, float %v33, float %v35)
  store float %v36, ptr %v34, align 4
  br label %ow.latch.34
ow.latch.34:
  %ow36.next = add nuw nsw i64 %ow36, 1
  br label %ow.head.32
ow.end.35:
  %v37 = add nsw i64 %v28, 1
  %v38 = getelementptr inbounds float, ptr %w, i64 %v37
  %v39 = load float, ptr %v38, align 4
  br label %ow.head.37
ow.head.37:
  %ow41 = phi i64 [ 0, %ow.end.35 ], [ %ow41.next, %ow.latch.39 ]
  %ow41.c = icmp slt i64 %ow41, 6
  br i1 %ow41.c, label %ow.body.38, label %ow.end.40
ow.body.38:
  %v40 = getelementptr inbounds float, ptr %v26, i64 %ow41
  %v41 = load float, ptr %v40, align 4
  %v42 = getelementptr inbounds float, ptr %v11, i64 %ow41
  %v43 = load float, ptr %v42, align 4
  %v44 = call float @llvm.fmuladd.f32(float %v39, float %v41, float %v43)
  store float %v44, ptr %v42, align 4
  br label %ow.latch.39
ow.latch.39:
  %ow41.next = add nuw nsw i64 %ow41, 1
  br label %ow.head.37
ow.end.40:
  %v45 = add nsw i64 %v28, 2
  %v46 = getelementptr inbounds float, ptr %w, i64 %v45
  %v47 = load float, ptr %v46, align 4
  br label %ow.head.42
ow.head.42:
  %ow46 = phi i64 [ 0, %ow.end.40 ], [ %ow46.next, %ow.latch.44 ]
  %ow46.c = icmp slt i64 %ow46, 5
  br i1 %ow46.c, label %ow.body.43, label %ow.end.45
ow.body.43:
  %v48 = add nsw i64 %ow46, 1
  %v49 = getelementptr inbounds float, ptr %v26, i64 %v48
  %v50 = load float, ptr %v49, align 4
  %v51 = getelementptr inbounds float, ptr %v11, i64 %ow46
  %v52 = load float, ptr %v51, align 4
  %v53 = call float @llvm.fmuladd.f32(float %v47, float %v50, float %v52)
  store float %v53, ptr %v51, align 4
  br label %ow.latch.44
ow.latch.44:
  %ow46.next = add nuw nsw i64 %ow46, 1
  br label %ow.head.42
ow.end.45:
  br label %endif.31
endif.31:
  br label %ky.latch.27
ky.latch.27:
  %ky29.next = add nuw nsw i64 %ky29, 1
  br label %ky.head.25
ky.end.28:
  br label %ic.latch.22
ic.latch.22:
  %ic24.next = add nuw nsw i64 %ic24, 1
  br label %ic.head.20
ic.end.23:
  br label %i.head.47
i.head.47:
  %i51 = phi i64 [ 0, %ic.end.23 ], [ %i51.next, %i.latch.49 ]
  %i51.c = icmp slt i64 %i51, 6
  br i1 %i51.c, label %i.body.48, label %i.end.50
i.body.48:
  %v54 = getelementptr inbounds float, ptr %v11, i64 %i51
  %v55 = load float, ptr %v54, align 4
  %v56 = fcmp ogt float %v55, 0.0
  %v57 = select i1 %v56, float %v55, float 0.0
  store float %v57, ptr %v54, align 4
  br label %i.latch.49
i.latch.49:
  %i51.next = add nuw nsw i64 %i51, 1
  br label %i.head.47
i.end.50:
  br label %oh.latch.12
oh.latch.12:
  %oh14.next = add nuw nsw i64 %oh14, 1
  br label %oh.head.10
oh.end.13:
  br label %oc.latch.7
oc.latch.7:
  %oc9.next = add nuw nsw i64 %oc9, 1
  br label %oc.head.5
oc.end.8:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; 2: conv 2x6x6 -> 2x6x6
define internal void @k1_2(ptr %w, i64 %n, ptr %y, ptr %x0, ptr %x1) {
entry:
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v0 = mul nsw i64 %b4, 72
  %v1 = getelementptr inbounds float, ptr %x0, i64 %v0
  %v2 = mul nsw i64 %b4, 72
  %v3 = getelementptr inbounds float, ptr %y, i64 %v2
  %v4 = mul nsw i64 %b4, 72
  %v5 = getelementptr inbounds float, ptr %x1, i64 %v4
  br label %oc.head.5
oc.head.5:
  %oc9 = phi i64 [ 0, %b.body.1 ], [ %oc9.next, %oc.latch.7 ]
  %oc9.c = icmp slt i64 %oc9, 2
  br i1 %oc9.c, label %oc.body.6, label %oc.end.8
oc.body.6:
  %v6 = udiv i64 %oc9, 2
  %v7 = add nsw i64 %oc9, 112
  %v8 = getelementptr inbounds float, ptr %w, i64 %v7
  %v9 = load float, ptr %v8, align 4
  br label %oh.head.10
oh.head.10:
  %oh14 = phi i64 [ 0, %oc.body.6 ], [ %oh14.next, %oh.latch.12 ]
  %oh14.c = icmp slt i64 %oh14, 6
  br i1 %oh14.c, label %oh.body.11, label %oh.end.13
oh.body.11:
  %v10 = mul nsw i64 %oc9, 36
  %v11 = mul nsw i64 %oh14, 6
  %v12 = add nsw i64 %v10, %v11
  %v13 = getelementptr inbounds float, ptr %v3, i64 %v12
  br label %i.head.15
i.head.15:
  %i19 = phi i64 [ 0, %oh.body.11 ], [ %i19.next, %i.latch.17 ]
  %i19.c = icmp slt i64 %i19, 6
  br i1 %i19.c, label %i.body.16, label %i.end.18
i.body.16:
  %v14 = getelementptr inbounds float, ptr %v13, i64 %i19
  store float %v9, ptr %v14, align 4
  br label %i.latch.17
i.latch.17:
  %i19.next = add nuw nsw i64 %i19, 1
  br label %i.head.15
i.end.18:
  br label %ic.head.20
ic.head.20:
  %ic24 = phi i64 [ 0, %i.end.18 ], [ %ic24.next, %ic.latch.22 ]
  %ic24.c = icmp slt i64 %ic24, 2
  br i1 %ic24.c, label %ic.body.21, label %ic.end.23
ic.body.21:
  %v15 = mul nsw i64 %v6, 2
  %v16 = add nsw i64 %v15, %ic24
  %v17 = mul nsw i64 %v16, 36
  %v18 = getelementptr inbounds float, ptr %v1, i64 %v17
  %v19 = mul nsw i64 %oc9, 2
  %v20 = add nsw i64 %v19, %ic24
  %v21 = mul nsw i64 %v20, 9
  %v22 = add nsw i64 %v21, 64
  br label %ky.head.25
ky.head.25:
  %ky29 = phi i64 [ 0, %ic.body.21 ], [ %ky29.next, %ky.latch.27 ]
  %ky29.c = icmp slt i64 %ky29, 3
  br i1 %ky29.c, label %ky.body.26, label %ky.end.28
ky.body.26:
  %v23 = add nsw i64 %oh14, %ky29
  %v24 = add nsw i64 %v23, -1
  %v25 = icmp sge i64 %v24, 0
  %v26 = icmp slt i64 %v24, 6
  %v27 = and i1 %v25, %v26
  br i1 %v27, label %then.30, label %endif.31
then.30:
  %v28 = mul nsw i64 %v24, 6
  %v29 = getelementptr inbounds float, ptr %v18, i64 %v28
  %v30 = mul nsw i64 %ky29, 3
  %v31 = add nsw i64 %v22, %v30
  %v32 = getelementptr inbounds float, ptr %w, i64 %v31
  %v33 = load float, ptr %v32, align 4
  br label %ow.head.32
ow.head.32:
  %ow36 = phi i64 [ 1, %then.30 ], [ %ow36.next, %ow.latch.34 ]
  %ow36.c = icmp slt i64 %ow36, 6
  br i1 %ow36.c, label %ow.body.33, label %ow.end.35
ow.body.33:
  %v34 = add nsw i64 %ow36, -1
  %v35 = getelementptr inbounds float, ptr %v29, i64 %v34
  %v36 = load float, ptr %v35, align 4
  %v37 = getelementptr inbounds float, ptr %v13, i64 %ow36
  %v38 = load float, ptr %v37, align 4
  %v39 = call float @llvm.fmuladd.f32(float %v33, float %v36, float %v38)
  store float %v39, ptr %v37, align 4
  br label %ow.latch.34
ow.latch.34:
  %ow36.next = add nuw nsw i64 %ow36, 1
  br label %ow.head.32
ow.end.35:
  %v40 = add nsw i64 %v31, 1
  %v41 = getelementptr inbounds float, ptr %w, i64 %v40
  %v42 = load float, ptr %v41, align 4
  br label %ow.head.37
ow.head.37:
  %ow41 = phi i64 [ 0, %ow.end.35 ], [ %ow41.next, %ow.latch.39 ]
  %ow41.c = icmp slt i64 %ow41, 6
  br i1 %ow41.c, label %ow.body.38, label %ow.end.40
ow.body.38:
  %v43 = getelementptr inbounds float, ptr %v29, i64 %ow41
  %v44 = load float, ptr %v43, align 4
  %v45 = getelementptr inbounds float, ptr %v13, i64 %ow41
  %v46 = load float, ptr %v45, align 4
  %v47 = call float @llvm.fmuladd.f32(float %v42, float %v44, float %v46)
  store float %v47, ptr %v45, align 4
  br label %ow.latch.39
ow.latch.39:
  %ow41.next = add nuw nsw i64 %ow41, 1
  br label %ow.head.37
ow.end.40:
  %v48 = add nsw i64 %v31, 2
  %v49 = getelementptr inbounds float, ptr %w, i64 %v48
  %v50 = load float, ptr %v49, align 4
  br label %ow.head.42
ow.head.42:
  %ow46 = phi i64 [ 0, %ow.end.40 ], [ %ow46.next, %ow.latch.44 ]
  %ow46.c = icmp slt i64 %ow46, 5
  br i1 %ow46.c, label %ow.body.43, label %ow.end.45
ow.body.43:
  %v51 = add nsw i64 %ow46, 1
  %v52 = getelementptr inbounds float, ptr %v29, i64 %v51
  %v53 = load float, ptr %v52, align 4
  %v54 = getelementptr inbounds float, ptr %v13, i64 %ow46
  %v55 = load float, ptr %v54, align 4
  %v56 = call float @llvm.fmuladd.f32(float %v50, float %v53, float %v55)
  store float %v56, ptr %v54, align 4
  br label %ow.latch.44
ow.latch.44:
  %ow46.next = add nuw nsw i64 %ow46, 1
  br label %ow.head.42
ow.end.45:
  br label %endif.31
endif.31:
  br label %ky.latch.27
ky.latch.27:
  %ky29.next = add nuw nsw i64 %ky29, 1
  br label %ky.head.25
ky.end.28:
  br label %ic.latch.22
ic.latch.22:
  %ic24.next = add nuw nsw i64 %ic24, 1
  br label %ic.head.20
ic.end.23:
  %v57 = getelementptr inbounds float, ptr %v5, i64 %v12
  br label %i.head.47
i.head.47:
  %i51 = phi i64 [ 0, %ic.end.23 ], [ %i51.next, %i.latch.49 ]
  %i51.c = icmp slt i64 %i51, 6
  br i1 %i51.c, label %i.body.48, label %i.end.50
i.body.48:
  %v58 = getelementptr inbounds float, ptr %v13, i64 %i51
  %v59 = load float, ptr %v58, align 4
  %v60 = getelementptr inbounds float, ptr %v57, i64 %i51
  %v61 = load float, ptr %v60, align 4
  %v62 = fadd float %v59, %v61
  %v63 = fcmp ogt float %v62, 0.0
  %v64 = select i1 %v63, float %v62, float 0.0
  store float %v64, ptr %v58, align 4
  br label %i.latch.49
i.latch.49:
  %i51.next = add nuw nsw i64 %i51, 1
  br label %i.head.47
i.end.50:
  br label %oh.latch.12
oh.latch.12:
  %oh14.next = add nuw nsw i64 %oh14, 1
  br label %oh.head.10
oh.end.13:
  br label %oc.latch.7
oc.latch.7:
  %oc9.next = add nuw nsw i64 %oc9, 1
  br label %oc.head.5
oc.end.8:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; 5: maxpool 2x6x6 -> 2x3x3
define internal void @k2_5(ptr %w, i64 %n, ptr %y, ptr %x0) {
entry:
  %v10 = alloca float, align 4
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v0 = mul nsw i64 %b4, 72
  %v1 = getelementptr inbounds float, ptr %x0, i64 %v0
  %v2 = mul nsw i64 %b4, 18
  %v3 = getelementptr inbounds float, ptr %y, i64 %v2
  br label %c.head.5
c.head.5:
  %c9 = phi i64 [ 0, %b.body.1 ], [ %c9.next, %c.latch.7 ]
  %c9.c = icmp slt i64 %c9, 2
  br i1 %c9.c, label %c.body.6, label %c.end.8
c.body.6:
  %v4 = mul nsw i64 %c9, 36
  %v5 = getelementptr inbounds float, ptr %v1, i64 %v4
  %v6 = mul nsw i64 %c9, 9
  %v7 = getelementptr inbounds float, ptr %v3, i64 %v6
  br label %oh.head.10
oh.head.10:
  %oh14 = phi i64 [ 0, %c.body.6 ], [ %oh14.next, %oh.latch.12 ]
  %oh14.c = icmp slt i64 %oh14, 3
  br i1 %oh14.c, label %oh.body.11, label %oh.end.13
oh.body.11:
  br label %ow.head.15
ow.head.15:
  %ow19 = phi i64 [ 0, %oh.body.11 ], [ %ow19.next, %ow.latch.17 ]
  %ow19.c = icmp slt i64 %ow19, 3
  br i1 %ow19.c, label %ow.body.16, label %ow.end.18
ow.body.16:
  %v8 = mul nsw i64 %oh14, 2
  %v9 = mul nsw i64 %ow19, 2
  store float 0xFFF0000000000000, ptr %v10, align 4
  br label %ky.head.20
ky.head.20:
  %ky24 = phi i64 [ 0, %ow.body.16 ], [ %ky24.next, %ky.latch.22 ]
  %ky24.c = icmp slt i64 %ky24, 2
  br i1 %ky24.c, label %ky.body.21, label %ky.end.23
ky.body.21:
  %v11 = add nsw i64 %v8, %ky24
  %v12 = icmp sge i64 %v11, 0
  %v13 = icmp slt i64 %v11, 6
  %v14 = and i1 %v12, %v13
  br i1 %v14, label %then.25, label %endif.26
then.25:
  br label %kx.head.27
kx.head.27:
  %kx31 = phi i64 [ 0, %then.25 ], [ %kx31.next, %kx.latch.29 ]
  %kx31.c = icmp slt i64 %kx31, 2
  br i1 %kx31.c, label %kx.body.28, label %kx.end.30
kx.body.28:
  %v15 = add nsw i64 %v9, %kx31
  %v16 = icmp sge i64 %v15, 0
  %v17 = icmp slt i64 %v15, 6
  %v18 = and i1 %v16, %v17
  br i1 %v18, label %then.32, label %endif.33
then.32:
  %v19 = load float, ptr %v10, align 4
  %v20 = mul nsw i64 %v11, 6
  %v21 = add nsw i64 %v20, %v15
  %v22 = getelementptr inbounds float, ptr %v5, i64 %v21
  %v23 = load float, ptr %v22, align 4
  %v24 = call float @llvm.maximum.f32(float %v19, float %v23)
  store float %v24, ptr %v10, align 4
  br label %endif.33
endif.33:
  br label %kx.latch.29
kx.latch.29:
  %kx31.next = add nuw nsw i64 %kx31, 1
  br label %kx.head.27
kx.end.30:
  br label %endif.26
endif.26:
  br label %ky.latch.22
ky.latch.22:
  %ky24.next = add nuw nsw i64 %ky24, 1
  br label %ky.head.20
ky.end.23:
  %v25 = load float, ptr %v10, align 4
  %v26 = mul nsw i64 %oh14, 3
  %v27 = add nsw i64 %v26, %ow19
  %v28 = getelementptr inbounds float, ptr %v7, i64 %v27
  store float %v25, ptr %v28, align 4
  br label %ow.latch.17
ow.latch.17:
  %ow19.next = add nuw nsw i64 %ow19, 1
  br label %ow.head.15
ow.end.18:
  br label %oh.latch.12
oh.latch.12:
  %oh14.next = add nuw nsw i64 %oh14, 1
  br label %oh.head.10
oh.end.13:
  br label %c.latch.7
c.latch.7:
  %c9.next = add nuw nsw i64 %c9, 1
  br label %c.head.5
c.end.8:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; 6: adaptive_avgpool 2x3x3 -> 2x1x1
define internal void @k3_6(ptr %w, i64 %n, ptr %y, ptr %x0) {
entry:
  %v7 = alloca float, align 4
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v0 = mul nsw i64 %b4, 18
  %v1 = getelementptr inbounds float, ptr %x0, i64 %v0
  %v2 = mul nsw i64 %b4, 2
  %v3 = getelementptr inbounds float, ptr %y, i64 %v2
  br label %c.head.5
c.head.5:
  %c9 = phi i64 [ 0, %b.body.1 ], [ %c9.next, %c.latch.7 ]
  %c9.c = icmp slt i64 %c9, 2
  br i1 %c9.c, label %c.body.6, label %c.end.8
c.body.6:
  %v4 = mul nsw i64 %c9, 9
  %v5 = getelementptr inbounds float, ptr %v1, i64 %v4
  %v6 = getelementptr inbounds float, ptr %v3, i64 %c9
  store float 0.0, ptr %v7, align 4
  br label %ih.head.10
ih.head.10:
  %ih14 = phi i64 [ 0, %c.body.6 ], [ %ih14.next, %ih.latch.12 ]
  %ih14.c = icmp slt i64 %ih14, 3
  br i1 %ih14.c, label %ih.body.11, label %ih.end.13
ih.body.11:
  %v8 = mul nsw i64 %ih14, 3
  %v9 = getelementptr inbounds float, ptr %v5, i64 %v8
  br label %iw.head.15
iw.head.15:
  %iw19 = phi i64 [ 0, %ih.body.11 ], [ %iw19.next, %iw.latch.17 ]
  %iw19.c = icmp slt i64 %iw19, 3
  br i1 %iw19.c, label %iw.body.16, label %iw.end.18
iw.body.16:
  %v10 = load float, ptr %v7, align 4
  %v11 = getelementptr inbounds float, ptr %v9, i64 %iw19
  %v12 = load float, ptr %v11, align 4
  %v13 = fadd reassoc nsz contract float %v10, %v12
  store float %v13, ptr %v7, align 4
  br label %iw.latch.17
iw.latch.17:
  %iw19.next = add nuw nsw i64 %iw19, 1
  br label %iw.head.15
iw.end.18:
  br label %ih.latch.12
ih.latch.12:
  %ih14.next = add nuw nsw i64 %ih14, 1
  br label %ih.head.10
ih.end.13:
  %v14 = load float, ptr %v7, align 4
  %v15 = fdiv float %v14, 0x4022000000000000
  store float %v15, ptr %v6, align 4
  br label %c.latch.7
c.latch.7:
  %c9.next = add nuw nsw i64 %c9, 1
  br label %c.head.5
c.end.8:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; 8: dense 2 -> 3
define internal void @k5_8(ptr %w, i64 %n, ptr %y, ptr %x0) {
entry:
  %v4 = alloca float, align 4
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v0 = mul nsw i64 %b4, 2
  %v1 = getelementptr inbounds float, ptr %x0, i64 %v0
  %v2 = mul nsw i64 %b4, 3
  %v3 = getelementptr inbounds float, ptr %y, i64 %v2
  br label %o.head.5
o.head.5:
  %o9 = phi i64 [ 0, %b.body.1 ], [ %o9.next, %o.latch.7 ]
  %o9.c = icmp slt i64 %o9, 3
  br i1 %o9.c, label %o.body.6, label %o.end.8
o.body.6:
  store float 0.0, ptr %v4, align 4
  %v5 = mul nsw i64 %o9, 2
  %v6 = add nsw i64 %v5, 128
  %v7 = getelementptr inbounds float, ptr %w, i64 %v6
  br label %k.head.10
k.head.10:
  %k14 = phi i64 [ 0, %o.body.6 ], [ %k14.next, %k.latch.12 ]
  %k14.c = icmp slt i64 %k14, 2
  br i1 %k14.c, label %k.body.11, label %k.end.13
k.body.11:
  %v8 = load float, ptr %v4, align 4
  %v9 = getelementptr inbounds float, ptr %v1, i64 %k14
  %v10 = load float, ptr %v9, align 4
  %v11 = getelementptr inbounds float, ptr %v7, i64 %k14
  %v12 = load float, ptr %v11, align 4
  %v13 = fmul float %v10, %v12
  %v14 = fadd reassoc nsz contract float %v8, %v13
  store float %v14, ptr %v4, align 4
  br label %k.latch.12
k.latch.12:
  %k14.next = add nuw nsw i64 %k14, 1
  br label %k.head.10
k.end.13:
  %v15 = load float, ptr %v4, align 4
  %v16 = add nsw i64 %o9, 144
  %v17 = getelementptr inbounds float, ptr %w, i64 %v16
  %v18 = load float, ptr %v17, align 4
  %v19 = fadd float %v15, %v18
  %v20 = getelementptr inbounds float, ptr %v3, i64 %o9
  store float %v19, ptr %v20, align 4
  br label %o.latch.7
o.latch.7:
  %o9.next = add nuw nsw i64 %o9, 1
  br label %o.head.5
o.end.8:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; Runs n images: weights prepared by the table, input n x 2x6x6, arena of arena_floats() * n floats,
; outs[k] receives output k (out) for all n images.
define void @netc_tiny_forward(ptr noalias %w, ptr noalias %in, ptr noalias %arena, i64 %n, ptr noalias %outs) {
entry:
  call void @k0_0(ptr %w, i64 %n, ptr %arena, ptr %in)
  %v0 = mul nsw i64 %n, 72
  %v1 = getelementptr inbounds float, ptr %arena, i64 %v0
  call void @k1_2(ptr %w, i64 %n, ptr %v1, ptr %arena, ptr %in)
  %v2 = mul nsw i64 %n, 72
  %v3 = getelementptr inbounds float, ptr %arena, i64 %v2
  call void @k2_5(ptr %w, i64 %n, ptr %arena, ptr %v3)
  %v4 = mul nsw i64 %n, 18
  %v5 = getelementptr inbounds float, ptr %arena, i64 %v4
  call void @k3_6(ptr %w, i64 %n, ptr %v5, ptr %arena)
  %v6 = mul nsw i64 %n, 18
  %v7 = getelementptr inbounds float, ptr %arena, i64 %v6
  call void @k5_8(ptr %w, i64 %n, ptr %arena, ptr %v7)
  ; output out
  %v8 = getelementptr inbounds ptr, ptr %outs, i64 0
  %v9 = load ptr, ptr %v8, align 8
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v10 = mul nsw i64 %b4, 3
  %v11 = getelementptr inbounds float, ptr %arena, i64 %v10
  %v12 = mul nsw i64 %b4, 3
  %v13 = getelementptr inbounds float, ptr %v9, i64 %v12
  br label %i.head.5
i.head.5:
  %i9 = phi i64 [ 0, %b.body.1 ], [ %i9.next, %i.latch.7 ]
  %i9.c = icmp slt i64 %i9, 3
  br i1 %i9.c, label %i.body.6, label %i.end.8
i.body.6:
  %v14 = getelementptr inbounds float, ptr %v11, i64 %i9
  %v15 = load float, ptr %v14, align 4
  %v16 = getelementptr inbounds float, ptr %v13, i64 %i9
  store float %v15, ptr %v16, align 4
  br label %i.latch.7
i.latch.7:
  %i9.next = add nuw nsw i64 %i9, 1
  br label %i.head.5
i.end.8:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

define i64 @netc_tiny_weight_floats() {
  ret i64 160
}

define i64 @netc_tiny_arena_floats() {
  ret i64 144
}

define i64 @netc_tiny_input_floats() {
  ret i64 72
}

declare float @llvm.fmuladd.f32(float, float, float)
declare float @llvm.maximum.f32(float, float)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)
