; netc native module for network tiny: 6 nodes, weights 160 floats, arena 656 floats per image
source_filename = "tiny.net"

; 0: conv 2x6x6 -> 2x6x6
define internal void @k0_0(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
entry:
  %v20 = alloca <8 x float>, align 32
  %v21 = alloca <8 x float>, align 32
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
  br label %tile.head.25
tile.head.25:
  %tile29 = phi i64 [ 0, %c.end.13 ], [ %tile29.next, %tile.latch.27 ]
  %tile29.c = icmp slt i64 %tile29, 3
  br i1 %tile29.c, label %tile.body.26, label %tile.end.28
tile.body.26:
  br label %ocb.head.30
ocb.head.30:
  %ocb34 = phi i64 [ %lo, %tile.body.26 ], [ %ocb34.next, %ocb.latch.32 ]
  %ocb34.c = icmp slt i64 %ocb34, %hi
  br i1 %ocb34.c, label %ocb.body.31, label %ocb.end.33
ocb.body.31:
  %v18 = udiv i64 %ocb34, 2
  %v19 = mul nsw i64 %tile29, 16
  store <8 x float> zeroinitializer, ptr %v20, align 32
  store <8 x float> zeroinitializer, ptr %v21, align 32
  br label %ic.head.35
ic.head.35:
  %ic39 = phi i64 [ 0, %ocb.body.31 ], [ %ic39.next, %ic.latch.37 ]
  %ic39.c = icmp slt i64 %ic39, 2
  br i1 %ic39.c, label %ic.body.36, label %ic.end.38
ic.body.36:
  %v22 = mul nsw i64 %v18, 2
  %v23 = add nsw i64 %v22, %ic39
  %v24 = mul nsw i64 %v23, 64
  %v25 = getelementptr inbounds float, ptr %s, i64 %v24
  br label %ky.head.40
ky.head.40:
  %ky44 = phi i64 [ 0, %ic.body.36 ], [ %ky44.next, %ky.latch.42 ]
  %ky44.c = icmp slt i64 %ky44, 3
  br i1 %ky44.c, label %ky.body.41, label %ky.end.43
ky.body.41:
  %v26 = icmp sge i64 %ky44, 0
  %v27 = icmp slt i64 %ky44, 8
  %v28 = and i1 %v26, %v27
  br i1 %v28, label %then.45, label %endif.46
then.45:
  %v29 = mul nsw i64 %ky44, 8
  %v30 = getelementptr inbounds float, ptr %v25, i64 %v29
  %v31 = getelementptr inbounds float, ptr %v30, i64 %v19
  %v32 = load <8 x float>, ptr %v31, align 4
  %v33 = add nsw i64 %v19, 8
  %v34 = getelementptr inbounds float, ptr %v30, i64 %v33
  %v35 = load <8 x float>, ptr %v34, align 4
  %v36 = mul nsw i64 %ocb34, 2
  %v37 = add nsw i64 %v36, %ic39
  %v38 = mul nsw i64 %v37, 9
  %v39 = mul nsw i64 %ky44, 3
  %v40 = add nsw i64 %v38, %v39
  %v41 = getelementptr inbounds float, ptr %w, i64 %v40
  %v42 = load float, ptr %v41, align 4
  %v43 = insertelement <8 x float> poison, float %v42, i64 0
  %v44 = shufflevector <8 x float> %v43, <8 x float> poison, <8 x i32> zeroinitializer
  %v45 = load <8 x float>, ptr %v20, align 4
  %v46 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v44, <8 x float> %v32, <8 x float> %v45)
  store <8 x float> %v46, ptr %v20, align 32
  %v47 = load <8 x float>, ptr %v21, align 4
  %v48 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v44, <8 x float> %v35, <8 x float> %v47)
  store <8 x float> %v48, ptr %v21, align 32
  %v49 = add nsw i64 %v19, 1
  %v50 = getelementptr inbounds float, ptr %v30, i64 %v49
  %v51 = load <8 x float>, ptr %v50, align 4
  %v52 = add nsw i64 %v19, 9
  %v53 = getelementptr inbounds float, ptr %v30, i64 %v52
  %v54 = load <8 x float>, ptr %v53, align 4
  %v55 = mul nsw i64 %ocb34, 2
  %v56 = add nsw i64 %v55, %ic39
  %v57 = mul nsw i64 %v56, 9
  %v58 = mul nsw i64 %ky44, 3
  %v59 = add nsw i64 %v57, %v58
  %v60 = add nsw i64 %v59, 1
  %v61 = getelementptr inbounds float, ptr %w, i64 %v60
  %v62 = load float, ptr %v61, align 4
  %v63 = insertelement <8 x float> poison, float %v62, i64 0
  %v64 = shufflevector <8 x float> %v63, <8 x float> poison, <8 x i32> zeroinitializer
  %v65 = load <8 x float>, ptr %v20, align 4
  %v66 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v64, <8 x float> %v51, <8 x float> %v65)
  store <8 x float> %v66, ptr %v20, align 32
  %v67 = load <8 x float>, ptr %v21, align 4
  %v68 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v64, <8 x float> %v54, <8 x float> %v67)
  store <8 x float> %v68, ptr %v21, align 32
  %v69 = add nsw i64 %v19, 2
  %v70 = getelementptr inbounds float, ptr %v30, i64 %v69
  %v71 = load <8 x float>, ptr %v70, align 4
  %v72 = add nsw i64 %v19, 10
  %v73 = getelementptr inbounds float, ptr %v30, i64 %v72
  %v74 = load <8 x float>, ptr %v73, align 4
  %v75 = mul nsw i64 %ocb34, 2
  %v76 = add nsw i64 %v75, %ic39
  %v77 = mul nsw i64 %v76, 9
  %v78 = mul nsw i64 %ky44, 3
  %v79 = add nsw i64 %v77, %v78
  %v80 = add nsw i64 %v79, 2
  %v81 = getelementptr inbounds float, ptr %w, i64 %v80
  %v82 = load float, ptr %v81, align 4
  %v83 = insertelement <8 x float> poison, float %v82, i64 0
  %v84 = shufflevector <8 x float> %v83, <8 x float> poison, <8 x i32> zeroinitializer
  %v85 = load <8 x float>, ptr %v20, align 4
  %v86 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v84, <8 x float> %v71, <8 x float> %v85)
  store <8 x float> %v86, ptr %v20, align 32
  %v87 = load <8 x float>, ptr %v21, align 4
  %v88 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v84, <8 x float> %v74, <8 x float> %v87)
  store <8 x float> %v88, ptr %v21, align 32
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
  %v89 = add nsw i64 %ocb34, 48
  %v90 = getelementptr inbounds float, ptr %w, i64 %v89
  %v91 = load float, ptr %v90, align 4
  %v92 = insertelement <8 x float> poison, float %v91, i64 0
  %v93 = shufflevector <8 x float> %v92, <8 x float> poison, <8 x i32> zeroinitializer
  %v94 = mul nsw i64 %ocb34, 48
  %v95 = getelementptr inbounds float, ptr %v0, i64 %v94
  %v96 = load <8 x float>, ptr %v20, align 32
  %v97 = fadd <8 x float> %v96, %v93
  %v98 = getelementptr inbounds float, ptr %v95, i64 %v19
  store <8 x float> %v97, ptr %v98, align 4
  %v99 = load <8 x float>, ptr %v21, align 32
  %v100 = fadd <8 x float> %v99, %v93
  %v101 = add nsw i64 %v19, 8
  %v102 = getelementptr inbounds float, ptr %v95, i64 %v101
  store <8 x float> %v100, ptr %v102, align 4
  br label %ocb.latch.32
ocb.latch.32:
  %ocb34.next = add nuw nsw i64 %ocb34, 1
  br label %ocb.head.30
ocb.end.33:
  br label %tile.latch.27
tile.latch.27:
  %tile29.next = add nuw nsw i64 %tile29, 1
  br label %tile.head.25
tile.end.28:
  br label %oc.head.47
oc.head.47:
  %oc51 = phi i64 [ %lo, %tile.end.28 ], [ %oc51.next, %oc.latch.49 ]
  %oc51.c = icmp slt i64 %oc51, %hi
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
define internal void @k1_2(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, ptr %x1, i64 %lo, i64 %hi) #0 {
entry:
  %v22 = alloca <8 x float>, align 32
  %v23 = alloca <8 x float>, align 32
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
  br label %tile.head.25
tile.head.25:
  %tile29 = phi i64 [ 0, %c.end.13 ], [ %tile29.next, %tile.latch.27 ]
  %tile29.c = icmp slt i64 %tile29, 3
  br i1 %tile29.c, label %tile.body.26, label %tile.end.28
tile.body.26:
  br label %ocb.head.30
ocb.head.30:
  %ocb34 = phi i64 [ %lo, %tile.body.26 ], [ %ocb34.next, %ocb.latch.32 ]
  %ocb34.c = icmp slt i64 %ocb34, %hi
  br i1 %ocb34.c, label %ocb.body.31, label %ocb.end.33
ocb.body.31:
  %v20 = udiv i64 %ocb34, 2
  %v21 = mul nsw i64 %tile29, 16
  store <8 x float> zeroinitializer, ptr %v22, align 32
  store <8 x float> zeroinitializer, ptr %v23, align 32
  br label %ic.head.35
ic.head.35:
  %ic39 = phi i64 [ 0, %ocb.body.31 ], [ %ic39.next, %ic.latch.37 ]
  %ic39.c = icmp slt i64 %ic39, 2
  br i1 %ic39.c, label %ic.body.36, label %ic.end.38
ic.body.36:
  %v24 = mul nsw i64 %v20, 2
  %v25 = add nsw i64 %v24, %ic39
  %v26 = mul nsw i64 %v25, 64
  %v27 = getelementptr inbounds float, ptr %s, i64 %v26
  br label %ky.head.40
ky.head.40:
  %ky44 = phi i64 [ 0, %ic.body.36 ], [ %ky44.next, %ky.latch.42 ]
  %ky44.c = icmp slt i64 %ky44, 3
  br i1 %ky44.c, label %ky.body.41, label %ky.end.43
ky.body.41:
  %v28 = icmp sge i64 %ky44, 0
  %v29 = icmp slt i64 %ky44, 8
  %v30 = and i1 %v28, %v29
  br i1 %v30, label %then.45, label %endif.46
then.45:
  %v31 = mul nsw i64 %ky44, 8
  %v32 = getelementptr inbounds float, ptr %v27, i64 %v31
  %v33 = getelementptr inbounds float, ptr %v32, i64 %v21
  %v34 = load <8 x float>, ptr %v33, align 4
  %v35 = add nsw i64 %v21, 8
  %v36 = getelementptr inbounds float, ptr %v32, i64 %v35
  %v37 = load <8 x float>, ptr %v36, align 4
  %v38 = mul nsw i64 %ocb34, 2
  %v39 = add nsw i64 %v38, %ic39
  %v40 = mul nsw i64 %v39, 9
  %v41 = mul nsw i64 %ky44, 3
  %v42 = add nsw i64 %v40, %v41
  %v43 = add nsw i64 %v42, 64
  %v44 = getelementptr inbounds float, ptr %w, i64 %v43
  %v45 = load float, ptr %v44, align 4
  %v46 = insertelement <8 x float> poison, float %v45, i64 0
  %v47 = shufflevector <8 x float> %v46, <8 x float> poison, <8 x i32> zeroinitializer
  %v48 = load <8 x float>, ptr %v22, align 4
  %v49 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v47, <8 x float> %v34, <8 x float> %v48)
  store <8 x float> %v49, ptr %v22, align 32
  %v50 = load <8 x float>, ptr %v23, align 4
  %v51 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v47, <8 x float> %v37, <8 x float> %v50)
  store <8 x float> %v51, ptr %v23, align 32
  %v52 = add nsw i64 %v21, 1
  %v53 = getelementptr inbounds float, ptr %v32, i64 %v52
  %v54 = load <8 x float>, ptr %v53, align 4
  %v55 = add nsw i64 %v21, 9
  %v56 = getelementptr inbounds float, ptr %v32, i64 %v55
  %v57 = load <8 x float>, ptr %v56, align 4
  %v58 = mul nsw i64 %ocb34, 2
  %v59 = add nsw i64 %v58, %ic39
  %v60 = mul nsw i64 %v59, 9
  %v61 = mul nsw i64 %ky44, 3
  %v62 = add nsw i64 %v60, %v61
  %v63 = add nsw i64 %v62, 65
  %v64 = getelementptr inbounds float, ptr %w, i64 %v63
  %v65 = load float, ptr %v64, align 4
  %v66 = insertelement <8 x float> poison, float %v65, i64 0
  %v67 = shufflevector <8 x float> %v66, <8 x float> poison, <8 x i32> zeroinitializer
  %v68 = load <8 x float>, ptr %v22, align 4
  %v69 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v67, <8 x float> %v54, <8 x float> %v68)
  store <8 x float> %v69, ptr %v22, align 32
  %v70 = load <8 x float>, ptr %v23, align 4
  %v71 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v67, <8 x float> %v57, <8 x float> %v70)
  store <8 x float> %v71, ptr %v23, align 32
  %v72 = add nsw i64 %v21, 2
  %v73 = getelementptr inbounds float, ptr %v32, i64 %v72
  %v74 = load <8 x float>, ptr %v73, align 4
  %v75 = add nsw i64 %v21, 10
  %v76 = getelementptr inbounds float, ptr %v32, i64 %v75
  %v77 = load <8 x float>, ptr %v76, align 4
  %v78 = mul nsw i64 %ocb34, 2
  %v79 = add nsw i64 %v78, %ic39
  %v80 = mul nsw i64 %v79, 9
  %v81 = mul nsw i64 %ky44, 3
  %v82 = add nsw i64 %v80, %v81
  %v83 = add nsw i64 %v82, 66
  %v84 = getelementptr inbounds float, ptr %w, i64 %v83
  %v85 = load float, ptr %v84, align 4
  %v86 = insertelement <8 x float> poison, float %v85, i64 0
  %v87 = shufflevector <8 x float> %v86, <8 x float> poison, <8 x i32> zeroinitializer
  %v88 = load <8 x float>, ptr %v22, align 4
  %v89 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v87, <8 x float> %v74, <8 x float> %v88)
  store <8 x float> %v89, ptr %v22, align 32
  %v90 = load <8 x float>, ptr %v23, align 4
  %v91 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v87, <8 x float> %v77, <8 x float> %v90)
  store <8 x float> %v91, ptr %v23, align 32
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
  %v92 = add nsw i64 %ocb34, 112
  %v93 = getelementptr inbounds float, ptr %w, i64 %v92
  %v94 = load float, ptr %v93, align 4
  %v95 = insertelement <8 x float> poison, float %v94, i64 0
  %v96 = shufflevector <8 x float> %v95, <8 x float> poison, <8 x i32> zeroinitializer
  %v97 = mul nsw i64 %ocb34, 48
  %v98 = getelementptr inbounds float, ptr %v0, i64 %v97
  %v99 = load <8 x float>, ptr %v22, align 32
  %v100 = fadd <8 x float> %v99, %v96
  %v101 = getelementptr inbounds float, ptr %v98, i64 %v21
  store <8 x float> %v100, ptr %v101, align 4
  %v102 = load <8 x float>, ptr %v23, align 32
  %v103 = fadd <8 x float> %v102, %v96
  %v104 = add nsw i64 %v21, 8
  %v105 = getelementptr inbounds float, ptr %v98, i64 %v104
  store <8 x float> %v103, ptr %v105, align 4
  br label %ocb.latch.32
ocb.latch.32:
  %ocb34.next = add nuw nsw i64 %ocb34, 1
  br label %ocb.head.30
ocb.end.33:
  br label %tile.latch.27
tile.latch.27:
  %tile29.next = add nuw nsw i64 %tile29, 1
  br label %tile.head.25
tile.end.28:
  br label %oc.head.47
oc.head.47:
  %oc51 = phi i64 [ %lo, %tile.end.28 ], [ %oc51.next, %oc.latch.49 ]
  %oc51.c = icmp slt i64 %oc51, %hi
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
define internal void @k5_8(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
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
  %o9 = phi i64 [ %lo, %b.body.1 ], [ %o9.next, %o.latch.7 ]
  %o9.c = icmp slt i64 %o9, %hi
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
  %scratch2 = getelementptr inbounds float, ptr %scratch, i64 256
  call void @k0_0(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %in, i64 0, i64 2)
  %v1 = mul nsw i64 %n, 72
  %v2 = getelementptr inbounds float, ptr %arena, i64 %v1
  call void @k1_2(ptr %w, ptr %scratch, i64 %n, ptr %v2, ptr %arena, ptr %in, i64 0, i64 2)
  %v3 = mul nsw i64 %n, 72
  %v4 = getelementptr inbounds float, ptr %arena, i64 %v3
  call void @k2_5(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %v4)
  %v5 = mul nsw i64 %n, 18
  %v6 = getelementptr inbounds float, ptr %arena, i64 %v5
  call void @k3_6(ptr %w, ptr %scratch, i64 %n, ptr %v6, ptr %arena)
  %v7 = mul nsw i64 %n, 18
  %v8 = getelementptr inbounds float, ptr %arena, i64 %v7
  call void @k5_8(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %v8, i64 0, i64 3)
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
  ret i64 656
}

define i64 @netc_tiny_input_floats() {
  ret i64 72
}

declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare float @llvm.maximum.f32(float, float)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)

attributes #0 = { noinline nounwind }
