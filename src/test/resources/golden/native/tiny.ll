; netc native module for network tiny: 6 nodes, weights 160 floats, arena 400 floats per image
source_filename = "tiny.net"

; 0: conv 2x6x6 -> 2x6x6
define internal void @k0_0(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0) #0 {
entry:
  %v25 = alloca <8 x float>, align 32
  %v26 = alloca <8 x float>, align 32
  %v0 = getelementptr inbounds float, ptr %s, i64 160
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v1 = mul nsw i64 %b4, 72
  %v2 = getelementptr inbounds float, ptr %x0, i64 %v1
  %v3 = mul nsw i64 %b4, 72
  %v4 = getelementptr inbounds float, ptr %y, i64 %v3
  br label %i.head.5
i.head.5:
  %i9 = phi i64 [ 0, %b.body.1 ], [ %i9.next, %i.latch.7 ]
  %i9.c = icmp slt i64 %i9, 160
  br i1 %i9.c, label %i.body.6, label %i.end.8
i.body.6:
  %v5 = getelementptr inbounds float, ptr %s, i64 %i9
  store float 0.0, ptr %v5, align 4
  br label %i.latch.7
i.latch.7:
  %i9.next = add nuw nsw i64 %i9, 1
  br label %i.head.5
i.end.8:
  br label %c.head.10
c.head.10:
  %c14 = phi i64 [ 0, %i.end.8 ], [ %c14.next, %c.latch.12 ]
  %c14.c = icmp slt i64 %c14, 2
  br i1 %c14.c, label %c.body.11, label %c.end.13
c.body.11:
  br label %h.head.15
h.head.15:
  %h19 = phi i64 [ 0, %c.body.11 ], [ %h19.next, %h.latch.17 ]
  %h19.c = icmp slt i64 %h19, 6
  br i1 %h19.c, label %h.body.16, label %h.end.18
h.body.16:
  %v6 = mul nsw i64 %c14, 36
  %v7 = mul nsw i64 %h19, 6
  %v8 = add nsw i64 %v6, %v7
  %v9 = getelementptr inbounds float, ptr %v2, i64 %v8
  %v10 = mul nsw i64 %c14, 64
  %v11 = mul nsw i64 %h19, 8
  %v12 = add nsw i64 %v10, %v11
  %v13 = add nsw i64 %v12, 9
  %v14 = getelementptr inbounds float, ptr %s, i64 %v13
  br label %x.head.20
x.head.20:
  %x24 = phi i64 [ 0, %h.body.16 ], [ %x24.next, %x.latch.22 ]
  %x24.c = icmp slt i64 %x24, 6
  br i1 %x24.c, label %x.body.21, label %x.end.23
x.body.21:
  %v15 = getelementptr inbounds float, ptr %v9, i64 %x24
  %v16 = load float, ptr %v15, align 4
  %v17 = getelementptr inbounds float, ptr %v14, i64 %x24
  store float %v16, ptr %v17, align 4
  br label %x.latch.22
x.latch.22:
  %x24.next = add nuw nsw i64 %x24, 1
  br label %x.head.20
x.end.23:
  br label %h.latch.17
h.latch.17:
  %h19.next = add nuw nsw i64 %h19, 1
  br label %h.head.15
h.end.18:
  br label %c.latch.12
c.latch.12:
  %c14.next = add nuw nsw i64 %c14, 1
  br label %c.head.10
c.end.13:
  br label %ocb.head.25
ocb.head.25:
  %ocb29 = phi i64 [ 0, %c.end.13 ], [ %ocb29.next, %ocb.latch.27 ]
  %ocb29.c = icmp slt i64 %ocb29, 2
  br i1 %ocb29.c, label %ocb.body.26, label %ocb.end.28
ocb.body.26:
  %v18 = udiv i64 %ocb29, 2
  %v19 = add nsw i64 %ocb29, 48
  %v20 = getelementptr inbounds float, ptr %w, i64 %v19
  %v21 = load float, ptr %v20, align 4
  %v22 = mul nsw i64 %ocb29, 48
  %v23 = getelementptr inbounds float, ptr %v0, i64 %v22
  br label %tile.head.30
tile.head.30:
  %tile34 = phi i64 [ 0, %ocb.body.26 ], [ %tile34.next, %tile.latch.32 ]
  %tile34.c = icmp slt i64 %tile34, 3
  br i1 %tile34.c, label %tile.body.31, label %tile.end.33
tile.body.31:
  %v24 = mul nsw i64 %tile34, 16
  store <8 x float> zeroinitializer, ptr %v25, align 32
  store <8 x float> zeroinitializer, ptr %v26, align 32
  br label %ic.head.35
ic.head.35:
  %ic39 = phi i64 [ 0, %tile.body.31 ], [ %ic39.next, %ic.latch.37 ]
  %ic39.c = icmp slt i64 %ic39, 2
  br i1 %ic39.c, label %ic.body.36, label %ic.end.38
ic.body.36:
  %v27 = mul nsw i64 %v18, 2
  %v28 = add nsw i64 %v27, %ic39
  %v29 = mul nsw i64 %v28, 64
  %v30 = getelementptr inbounds float, ptr %s, i64 %v29
  br label %ky.head.40
ky.head.40:
  %ky44 = phi i64 [ 0, %ic.body.36 ], [ %ky44.next, %ky.latch.42 ]
  %ky44.c = icmp slt i64 %ky44, 3
  br i1 %ky44.c, label %ky.body.41, label %ky.end.43
ky.body.41:
  %v31 = icmp sge i64 %ky44, 0
  %v32 = icmp slt i64 %ky44, 8
  %v33 = and i1 %v31, %v32
  br i1 %v33, label %then.45, label %endif.46
then.45:
  %v34 = mul nsw i64 %ky44, 8
  %v35 = getelementptr inbounds float, ptr %v30, i64 %v34
  %v36 = getelementptr inbounds float, ptr %v35, i64 %v24
  %v37 = load <8 x float>, ptr %v36, align 4
  %v38 = add nsw i64 %v24, 8
  %v39 = getelementptr inbounds float, ptr %v35, i64 %v38
  %v40 = load <8 x float>, ptr %v39, align 4
  %v41 = mul nsw i64 %ocb29, 2
  %v42 = add nsw i64 %v41, %ic39
  %v43 = mul nsw i64 %v42, 9
  %v44 = mul nsw i64 %ky44, 3
  %v45 = add nsw i64 %v43, %v44
  %v46 = getelementptr inbounds float, ptr %w, i64 %v45
  %v47 = load float, ptr %v46, align 4
  %v48 = insertelement <8 x float> poison, float %v47, i64 0
  %v49 = shufflevector <8 x float> %v48, <8 x float> poison, <8 x i32> zeroinitializer
  %v50 = load <8 x float>, ptr %v25, align 4
  %v51 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v49, <8 x float> %v37, <8 x float> %v50)
  store <8 x float> %v51, ptr %v25, align 32
  %v52 = load <8 x float>, ptr %v26, align 4
  %v53 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v49, <8 x float> %v40, <8 x float> %v52)
  store <8 x float> %v53, ptr %v26, align 32
  %v54 = add nsw i64 %v24, 1
  %v55 = getelementptr inbounds float, ptr %v35, i64 %v54
  %v56 = load <8 x float>, ptr %v55, align 4
  %v57 = add nsw i64 %v24, 9
  %v58 = getelementptr inbounds float, ptr %v35, i64 %v57
  %v59 = load <8 x float>, ptr %v58, align 4
  %v60 = mul nsw i64 %ocb29, 2
  %v61 = add nsw i64 %v60, %ic39
  %v62 = mul nsw i64 %v61, 9
  %v63 = mul nsw i64 %ky44, 3
  %v64 = add nsw i64 %v62, %v63
  %v65 = add nsw i64 %v64, 1
  %v66 = getelementptr inbounds float, ptr %w, i64 %v65
  %v67 = load float, ptr %v66, align 4
  %v68 = insertelement <8 x float> poison, float %v67, i64 0
  %v69 = shufflevector <8 x float> %v68, <8 x float> poison, <8 x i32> zeroinitializer
  %v70 = load <8 x float>, ptr %v25, align 4
  %v71 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v69, <8 x float> %v56, <8 x float> %v70)
  store <8 x float> %v71, ptr %v25, align 32
  %v72 = load <8 x float>, ptr %v26, align 4
  %v73 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v69, <8 x float> %v59, <8 x float> %v72)
  store <8 x float> %v73, ptr %v26, align 32
  %v74 = add nsw i64 %v24, 2
  %v75 = getelementptr inbounds float, ptr %v35, i64 %v74
  %v76 = load <8 x float>, ptr %v75, align 4
  %v77 = add nsw i64 %v24, 10
  %v78 = getelementptr inbounds float, ptr %v35, i64 %v77
  %v79 = load <8 x float>, ptr %v78, align 4
  %v80 = mul nsw i64 %ocb29, 2
  %v81 = add nsw i64 %v80, %ic39
  %v82 = mul nsw i64 %v81, 9
  %v83 = mul nsw i64 %ky44, 3
  %v84 = add nsw i64 %v82, %v83
  %v85 = add nsw i64 %v84, 2
  %v86 = getelementptr inbounds float, ptr %w, i64 %v85
  %v87 = load float, ptr %v86, align 4
  %v88 = insertelement <8 x float> poison, float %v87, i64 0
  %v89 = shufflevector <8 x float> %v88, <8 x float> poison, <8 x i32> zeroinitializer
  %v90 = load <8 x float>, ptr %v25, align 4
  %v91 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v89, <8 x float> %v76, <8 x float> %v90)
  store <8 x float> %v91, ptr %v25, align 32
  %v92 = load <8 x float>, ptr %v26, align 4
  %v93 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v89, <8 x float> %v79, <8 x float> %v92)
  store <8 x float> %v93, ptr %v26, align 32
  br label %endif.46
endif.46:
  br label %ky.latch.42
ky.latch.42:
  %ky44.next = add nuw nsw i64 %ky44, 1
  br label %ky.head.40
ky.end.43:
  br label %ic.latch.37
ic.latch.37:
  %ic39.next = add nuw nsw i64 %ic39, 1
  br label %ic.head.35
ic.end.38:
  %v94 = insertelement <8 x float> poison, float %v21, i64 0
  %v95 = shufflevector <8 x float> %v94, <8 x float> poison, <8 x i32> zeroinitializer
  %v96 = load <8 x float>, ptr %v25, align 32
  %v97 = fadd <8 x float> %v96, %v95
  %v98 = getelementptr inbounds float, ptr %v23, i64 %v24
  store <8 x float> %v97, ptr %v98, align 4
  %v99 = load <8 x float>, ptr %v26, align 32
  %v100 = fadd <8 x float> %v99, %v95
  %v101 = add nsw i64 %v24, 8
  %v102 = getelementptr inbounds float, ptr %v23, i64 %v101
  store <8 x float> %v100, ptr %v102, align 4
  br label %tile.latch.32
tile.latch.32:
  %tile34.next = add nuw nsw i64 %tile34, 1
  br label %tile.head.30
tile.end.33:
  br label %ocb.latch.27
ocb.latch.27:
  %ocb29.next = add nuw nsw i64 %ocb29, 1
  br label %ocb.head.25
ocb.end.28:
  br label %oc.head.47
oc.head.47:
  %oc51 = phi i64 [ 0, %ocb.end.28 ], [ %oc51.next, %oc.latch.49 ]
  %oc51.c = icmp slt i64 %oc51, 2
  br i1 %oc51.c, label %oc.body.48, label %oc.end.50
oc.body.48:
  br label %oh.head.52
oh.head.52:
  %oh56 = phi i64 [ 0, %oc.body.48 ], [ %oh56.next, %oh.latch.54 ]
  %oh56.c = icmp slt i64 %oh56, 6
  br i1 %oh56.c, label %oh.body.53, label %oh.end.55
oh.body.53:
  %v103 = mul nsw i64 %oc51, 48
  %v104 = mul nsw i64 %oh56, 8
  %v105 = add nsw i64 %v103, %v104
  %v106 = getelementptr inbounds float, ptr %v0, i64 %v105
  %v107 = mul nsw i64 %oc51, 36
  %v108 = mul nsw i64 %oh56, 6
  %v109 = add nsw i64 %v107, %v108
  %v110 = getelementptr inbounds float, ptr %v4, i64 %v109
  br label %x.head.57
x.head.57:
  %x61 = phi i64 [ 0, %oh.body.53 ], [ %x61.next, %x.latch.59 ]
  %x61.c = icmp slt i64 %x61, 6
  br i1 %x61.c, label %x.body.58, label %x.end.60
x.body.58:
  %v111 = getelementptr inbounds float, ptr %v106, i64 %x61
  %v112 = load float, ptr %v111, align 4
  %v113 = getelementptr inbounds float, ptr %v110, i64 %x61
  store float %v112, ptr %v113, align 4
  %v114 = getelementptr inbounds float, ptr %v110, i64 %x61
  %v115 = load float, ptr %v114, align 4
  %v116 = fcmp ogt float %v115, 0.0
  %v117 = select i1 %v116, float %v115, float 0.0
  store float %v117, ptr %v114, align 4
  br label %x.latch.59
x.latch.59:
  %x61.next = add nuw nsw i64 %x61, 1
  br label %x.head.57
x.end.60:
  br label %oh.latch.54
oh.latch.54:
  %oh56.next = add nuw nsw i64 %oh56, 1
  br label %oh.head.52
oh.end.55:
  br label %oc.latch.49
oc.latch.49:
  %oc51.next = add nuw nsw i64 %oc51, 1
  br label %oc.head.47
oc.end.50:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; 2: conv 2x6x6 -> 2x6x6
define internal void @k1_2(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, ptr %x1) #0 {
entry:
  %v27 = alloca <8 x float>, align 32
  %v28 = alloca <8 x float>, align 32
  %v0 = getelementptr inbounds float, ptr %s, i64 160
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v1 = mul nsw i64 %b4, 72
  %v2 = getelementptr inbounds float, ptr %x0, i64 %v1
  %v3 = mul nsw i64 %b4, 72
  %v4 = getelementptr inbounds float, ptr %y, i64 %v3
  %v5 = mul nsw i64 %b4, 72
  %v6 = getelementptr inbounds float, ptr %x1, i64 %v5
  br label %i.head.5
i.head.5:
  %i9 = phi i64 [ 0, %b.body.1 ], [ %i9.next, %i.latch.7 ]
  %i9.c = icmp slt i64 %i9, 160
  br i1 %i9.c, label %i.body.6, label %i.end.8
i.body.6:
  %v7 = getelementptr inbounds float, ptr %s, i64 %i9
  store float 0.0, ptr %v7, align 4
  br label %i.latch.7
i.latch.7:
  %i9.next = add nuw nsw i64 %i9, 1
  br label %i.head.5
i.end.8:
  br label %c.head.10
c.head.10:
  %c14 = phi i64 [ 0, %i.end.8 ], [ %c14.next, %c.latch.12 ]
  %c14.c = icmp slt i64 %c14, 2
  br i1 %c14.c, label %c.body.11, label %c.end.13
c.body.11:
  br label %h.head.15
h.head.15:
  %h19 = phi i64 [ 0, %c.body.11 ], [ %h19.next, %h.latch.17 ]
  %h19.c = icmp slt i64 %h19, 6
  br i1 %h19.c, label %h.body.16, label %h.end.18
h.body.16:
  %v8 = mul nsw i64 %c14, 36
  %v9 = mul nsw i64 %h19, 6
  %v10 = add nsw i64 %v8, %v9
  %v11 = getelementptr inbounds float, ptr %v2, i64 %v10
  %v12 = mul nsw i64 %c14, 64
  %v13 = mul nsw i64 %h19, 8
  %v14 = add nsw i64 %v12, %v13
  %v15 = add nsw i64 %v14, 9
  %v16 = getelementptr inbounds float, ptr %s, i64 %v15
  br label %x.head.20
x.head.20:
  %x24 = phi i64 [ 0, %h.body.16 ], [ %x24.next, %x.latch.22 ]
  %x24.c = icmp slt i64 %x24, 6
  br i1 %x24.c, label %x.body.21, label %x.end.23
x.body.21:
  %v17 = getelementptr inbounds float, ptr %v11, i64 %x24
  %v18 = load float, ptr %v17, align 4
  %v19 = getelementptr inbounds float, ptr %v16, i64 %x24
  store float %v18, ptr %v19, align 4
  br label %x.latch.22
x.latch.22:
  %x24.next = add nuw nsw i64 %x24, 1
  br label %x.head.20
x.end.23:
  br label %h.latch.17
h.latch.17:
  %h19.next = add nuw nsw i64 %h19, 1
  br label %h.head.15
h.end.18:
  br label %c.latch.12
c.latch.12:
  %c14.next = add nuw nsw i64 %c14, 1
  br label %c.head.10
c.end.13:
  br label %ocb.head.25
ocb.head.25:
  %ocb29 = phi i64 [ 0, %c.end.13 ], [ %ocb29.next, %ocb.latch.27 ]
  %ocb29.c = icmp slt i64 %ocb29, 2
  br i1 %ocb29.c, label %ocb.body.26, label %ocb.end.28
ocb.body.26:
  %v20 = udiv i64 %ocb29, 2
  %v21 = add nsw i64 %ocb29, 112
  %v22 = getelementptr inbounds float, ptr %w, i64 %v21
  %v23 = load float, ptr %v22, align 4
  %v24 = mul nsw i64 %ocb29, 48
  %v25 = getelementptr inbounds float, ptr %v0, i64 %v24
  br label %tile.head.30
tile.head.30:
  %tile34 = phi i64 [ 0, %ocb.body.26 ], [ %tile34.next, %tile.latch.32 ]
  %tile34.c = icmp slt i64 %tile34, 3
  br i1 %tile34.c, label %tile.body.31, label %tile.end.33
tile.body.31:
  %v26 = mul nsw i64 %tile34, 16
  store <8 x float> zeroinitializer, ptr %v27, align 32
  store <8 x float> zeroinitializer, ptr %v28, align 32
  br label %ic.head.35
ic.head.35:
  %ic39 = phi i64 [ 0, %tile.body.31 ], [ %ic39.next, %ic.latch.37 ]
  %ic39.c = icmp slt i64 %ic39, 2
  br i1 %ic39.c, label %ic.body.36, label %ic.end.38
ic.body.36:
  %v29 = mul nsw i64 %v20, 2
  %v30 = add nsw i64 %v29, %ic39
  %v31 = mul nsw i64 %v30, 64
  %v32 = getelementptr inbounds float, ptr %s, i64 %v31
  br label %ky.head.40
ky.head.40:
  %ky44 = phi i64 [ 0, %ic.body.36 ], [ %ky44.next, %ky.latch.42 ]
  %ky44.c = icmp slt i64 %ky44, 3
  br i1 %ky44.c, label %ky.body.41, label %ky.end.43
ky.body.41:
  %v33 = icmp sge i64 %ky44, 0
  %v34 = icmp slt i64 %ky44, 8
  %v35 = and i1 %v33, %v34
  br i1 %v35, label %then.45, label %endif.46
then.45:
  %v36 = mul nsw i64 %ky44, 8
  %v37 = getelementptr inbounds float, ptr %v32, i64 %v36
  %v38 = getelementptr inbounds float, ptr %v37, i64 %v26
  %v39 = load <8 x float>, ptr %v38, align 4
  %v40 = add nsw i64 %v26, 8
  %v41 = getelementptr inbounds float, ptr %v37, i64 %v40
  %v42 = load <8 x float>, ptr %v41, align 4
  %v43 = mul nsw i64 %ocb29, 2
  %v44 = add nsw i64 %v43, %ic39
  %v45 = mul nsw i64 %v44, 9
  %v46 = mul nsw i64 %ky44, 3
  %v47 = add nsw i64 %v45, %v46
  %v48 = add nsw i64 %v47, 64
  %v49 = getelementptr inbounds float, ptr %w, i64 %v48
  %v50 = load float, ptr %v49, align 4
  %v51 = insertelement <8 x float> poison, float %v50, i64 0
  %v52 = shufflevector <8 x float> %v51, <8 x float> poison, <8 x i32> zeroinitializer
  %v53 = load <8 x float>, ptr %v27, align 4
  %v54 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v52, <8 x float> %v39, <8 x float> %v53)
  store <8 x float> %v54, ptr %v27, align 32
  %v55 = load <8 x float>, ptr %v28, align 4
  %v56 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v52, <8 x float> %v42, <8 x float> %v55)
  store <8 x float> %v56, ptr %v28, align 32
  %v57 = add nsw i64 %v26, 1
  %v58 = getelementptr inbounds float, ptr %v37, i64 %v57
  %v59 = load <8 x float>, ptr %v58, align 4
  %v60 = add nsw i64 %v26, 9
  %v61 = getelementptr inbounds float, ptr %v37, i64 %v60
  %v62 = load <8 x float>, ptr %v61, align 4
  %v63 = mul nsw i64 %ocb29, 2
  %v64 = add nsw i64 %v63, %ic39
  %v65 = mul nsw i64 %v64, 9
  %v66 = mul nsw i64 %ky44, 3
  %v67 = add nsw i64 %v65, %v66
  %v68 = add nsw i64 %v67, 65
  %v69 = getelementptr inbounds float, ptr %w, i64 %v68
  %v70 = load float, ptr %v69, align 4
  %v71 = insertelement <8 x float> poison, float %v70, i64 0
  %v72 = shufflevector <8 x float> %v71, <8 x float> poison, <8 x i32> zeroinitializer
  %v73 = load <8 x float>, ptr %v27, align 4
  %v74 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v72, <8 x float> %v59, <8 x float> %v73)
  store <8 x float> %v74, ptr %v27, align 32
  %v75 = load <8 x float>, ptr %v28, align 4
  %v76 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v72, <8 x float> %v62, <8 x float> %v75)
  store <8 x float> %v76, ptr %v28, align 32
  %v77 = add nsw i64 %v26, 2
  %v78 = getelementptr inbounds float, ptr %v37, i64 %v77
  %v79 = load <8 x float>, ptr %v78, align 4
  %v80 = add nsw i64 %v26, 10
  %v81 = getelementptr inbounds float, ptr %v37, i64 %v80
  %v82 = load <8 x float>, ptr %v81, align 4
  %v83 = mul nsw i64 %ocb29, 2
  %v84 = add nsw i64 %v83, %ic39
  %v85 = mul nsw i64 %v84, 9
  %v86 = mul nsw i64 %ky44, 3
  %v87 = add nsw i64 %v85, %v86
  %v88 = add nsw i64 %v87, 66
  %v89 = getelementptr inbounds float, ptr %w, i64 %v88
  %v90 = load float, ptr %v89, align 4
  %v91 = insertelement <8 x float> poison, float %v90, i64 0
  %v92 = shufflevector <8 x float> %v91, <8 x float> poison, <8 x i32> zeroinitializer
  %v93 = load <8 x float>, ptr %v27, align 4
  %v94 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v92, <8 x float> %v79, <8 x float> %v93)
  store <8 x float> %v94, ptr %v27, align 32
  %v95 = load <8 x float>, ptr %v28, align 4
  %v96 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v92, <8 x float> %v82, <8 x float> %v95)
  store <8 x float> %v96, ptr %v28, align 32
  br label %endif.46
endif.46:
  br label %ky.latch.42
ky.latch.42:
  %ky44.next = add nuw nsw i64 %ky44, 1
  br label %ky.head.40
ky.end.43:
  br label %ic.latch.37
ic.latch.37:
  %ic39.next = add nuw nsw i64 %ic39, 1
  br label %ic.head.35
ic.end.38:
  %v97 = insertelement <8 x float> poison, float %v23, i64 0
  %v98 = shufflevector <8 x float> %v97, <8 x float> poison, <8 x i32> zeroinitializer
  %v99 = load <8 x float>, ptr %v27, align 32
  %v100 = fadd <8 x float> %v99, %v98
  %v101 = getelementptr inbounds float, ptr %v25, i64 %v26
  store <8 x float> %v100, ptr %v101, align 4
  %v102 = load <8 x float>, ptr %v28, align 32
  %v103 = fadd <8 x float> %v102, %v98
  %v104 = add nsw i64 %v26, 8
  %v105 = getelementptr inbounds float, ptr %v25, i64 %v104
  store <8 x float> %v103, ptr %v105, align 4
  br label %tile.latch.32
tile.latch.32:
  %tile34.next = add nuw nsw i64 %tile34, 1
  br label %tile.head.30
tile.end.33:
  br label %ocb.latch.27
ocb.latch.27:
  %ocb29.next = add nuw nsw i64 %ocb29, 1
  br label %ocb.head.25
ocb.end.28:
  br label %oc.head.47
oc.head.47:
  %oc51 = phi i64 [ 0, %ocb.end.28 ], [ %oc51.next, %oc.latch.49 ]
  %oc51.c = icmp slt i64 %oc51, 2
  br i1 %oc51.c, label %oc.body.48, label %oc.end.50
oc.body.48:
  br label %oh.head.52
oh.head.52:
  %oh56 = phi i64 [ 0, %oc.body.48 ], [ %oh56.next, %oh.latch.54 ]
  %oh56.c = icmp slt i64 %oh56, 6
  br i1 %oh56.c, label %oh.body.53, label %oh.end.55
oh.body.53:
  %v106 = mul nsw i64 %oc51, 48
  %v107 = mul nsw i64 %oh56, 8
  %v108 = add nsw i64 %v106, %v107
  %v109 = getelementptr inbounds float, ptr %v0, i64 %v108
  %v110 = mul nsw i64 %oc51, 36
  %v111 = mul nsw i64 %oh56, 6
  %v112 = add nsw i64 %v110, %v111
  %v113 = getelementptr inbounds float, ptr %v4, i64 %v112
  %v114 = getelementptr inbounds float, ptr %v6, i64 %v112
  br label %x.head.57
x.head.57:
  %x61 = phi i64 [ 0, %oh.body.53 ], [ %x61.next, %x.latch.59 ]
  %x61.c = icmp slt i64 %x61, 6
  br i1 %x61.c, label %x.body.58, label %x.end.60
x.body.58:
  %v115 = getelementptr inbounds float, ptr %v109, i64 %x61
  %v116 = load float, ptr %v115, align 4
  %v117 = getelementptr inbounds float, ptr %v113, i64 %x61
  store float %v116, ptr %v117, align 4
  %v118 = getelementptr inbounds float, ptr %v113, i64 %x61
  %v119 = load float, ptr %v118, align 4
  %v120 = getelementptr inbounds float, ptr %v114, i64 %x61
  %v121 = load float, ptr %v120, align 4
  %v122 = fadd float %v119, %v121
  %v123 = fcmp ogt float %v122, 0.0
  %v124 = select i1 %v123, float %v122, float 0.0
  store float %v124, ptr %v118, align 4
  br label %x.latch.59
x.latch.59:
  %x61.next = add nuw nsw i64 %x61, 1
  br label %x.head.57
x.end.60:
  br label %oh.latch.54
oh.latch.54:
  %oh56.next = add nuw nsw i64 %oh56, 1
  br label %oh.head.52
oh.end.55:
  br label %oc.latch.49
oc.latch.49:
  %oc51.next = add nuw nsw i64 %oc51, 1
  br label %oc.head.47
oc.end.50:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; 5: maxpool 2x6x6 -> 2x3x3
define internal void @k2_5(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0) #0 {
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
define internal void @k3_6(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0) #0 {
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
define internal void @k5_8(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0) #0 {
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
  ; scratch for the convs that need it, after the planned tensors of all n images
  %v0 = mul nsw i64 %n, 144
  %scratch = getelementptr inbounds float, ptr %arena, i64 %v0
  call void @k0_0(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %in)
  %v1 = mul nsw i64 %n, 72
  %v2 = getelementptr inbounds float, ptr %arena, i64 %v1
  call void @k1_2(ptr %w, ptr %scratch, i64 %n, ptr %v2, ptr %arena, ptr %in)
  %v3 = mul nsw i64 %n, 72
  %v4 = getelementptr inbounds float, ptr %arena, i64 %v3
  call void @k2_5(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %v4)
  %v5 = mul nsw i64 %n, 18
  %v6 = getelementptr inbounds float, ptr %arena, i64 %v5
  call void @k3_6(ptr %w, ptr %scratch, i64 %n, ptr %v6, ptr %arena)
  %v7 = mul nsw i64 %n, 18
  %v8 = getelementptr inbounds float, ptr %arena, i64 %v7
  call void @k5_8(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %v8)
  ; output out
  %v9 = getelementptr inbounds ptr, ptr %outs, i64 0
  %v10 = load ptr, ptr %v9, align 8
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v11 = mul nsw i64 %b4, 3
  %v12 = getelementptr inbounds float, ptr %arena, i64 %v11
  %v13 = mul nsw i64 %b4, 3
  %v14 = getelementptr inbounds float, ptr %v10, i64 %v13
  br label %i.head.5
i.head.5:
  %i9 = phi i64 [ 0, %b.body.1 ], [ %i9.next, %i.latch.7 ]
  %i9.c = icmp slt i64 %i9, 3
  br i1 %i9.c, label %i.body.6, label %i.end.8
i.body.6:
  %v15 = getelementptr inbounds float, ptr %v12, i64 %i9
  %v16 = load float, ptr %v15, align 4
  %v17 = getelementptr inbounds float, ptr %v14, i64 %i9
  store float %v16, ptr %v17, align 4
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
  ret i64 400
}

define i64 @netc_tiny_input_floats() {
  ret i64 72
}

declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare float @llvm.maximum.f32(float, float)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)

attributes #0 = { noinline nounwind }
