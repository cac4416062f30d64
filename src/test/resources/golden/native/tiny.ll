; netc native module for network tiny: 6 nodes, weights 288 floats, arena 1296 floats per image
source_filename = "tiny.net"

; 0: conv 2x6x6 -> 2x6x6
define internal void @k0_0(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
entry:
  %v81 = alloca <8 x float>, align 32
  %v82 = alloca <8 x float>, align 32
  %v83 = alloca <8 x float>, align 32
  %v84 = alloca <8 x float>, align 32
  %v133 = alloca <8 x float>, align 32
  %v134 = alloca <8 x float>, align 32
  %v135 = alloca <8 x float>, align 32
  %v136 = alloca <8 x float>, align 32
  %v137 = alloca <8 x float>, align 32
  %v138 = alloca <8 x float>, align 32
  %v139 = alloca <8 x float>, align 32
  %v140 = alloca <8 x float>, align 32
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
  %v4 = call i64 @llvm.smin.i64(i64 %hi, i64 2)
  br label %blk.head.5
blk.head.5:
  %blk9 = phi i64 [ %lo, %b.body.1 ], [ %blk9.next, %blk.latch.7 ]
  %blk9.c = icmp slt i64 %blk9, %v4
  br i1 %blk9.c, label %blk.body.6, label %blk.end.8
blk.body.6:
  %v5 = mul nsw i64 %blk9, 18
  %v6 = udiv i64 %v5, 6
  br label %ic.head.10
ic.head.10:
  %ic14 = phi i64 [ 0, %blk.body.6 ], [ %ic14.next, %ic.latch.12 ]
  %ic14.c = icmp slt i64 %ic14, 2
  br i1 %ic14.c, label %ic.body.11, label %ic.end.13
ic.body.11:
  %v7 = mul nsw i64 %ic14, 36
  %v8 = getelementptr inbounds float, ptr %v1, i64 %v7
  br label %ky.head.15
ky.head.15:
  %ky19 = phi i64 [ 0, %ic.body.11 ], [ %ky19.next, %ky.latch.17 ]
  %ky19.c = icmp slt i64 %ky19, 3
  br i1 %ky19.c, label %ky.body.16, label %ky.end.18
ky.body.16:
  %v9 = mul nsw i64 %ic14, 9
  %v10 = mul nsw i64 %ky19, 3
  %v11 = add nsw i64 %v9, %v10
  %v12 = mul nsw i64 %v11, 32
  %v13 = getelementptr inbounds float, ptr %s, i64 %v12
  br label %r.head.20
r.head.20:
  %r24 = phi i64 [ 0, %ky.body.16 ], [ %r24.next, %r.latch.22 ]
  %r24.c = icmp slt i64 %r24, 3
  br i1 %r24.c, label %r.body.21, label %r.end.23
r.body.21:
  %v14 = add nsw i64 %v6, %r24
  %v15 = add nsw i64 %v14, %ky19
  %v16 = add nsw i64 %v15, -1
  %v17 = mul nsw i64 %r24, 6
  %v18 = getelementptr inbounds float, ptr %v13, i64 %v17
  %v19 = icmp sge i64 %v16, 0
  %v20 = icmp slt i64 %v16, 6
  %v21 = and i1 %v19, %v20
  %v22 = select i1 %v21, i64 %v16, i64 0
  %v23 = mul nsw i64 %v22, 6
  %v24 = getelementptr inbounds float, ptr %v8, i64 %v23
  %v25 = getelementptr float, ptr %v24, i64 468
  call void @llvm.prefetch.p0(ptr %v25, i32 0, i32 3, i32 1)
  store float 0.0, ptr %v18, align 4
  br label %ow.head.25
ow.head.25:
  %ow29 = phi i64 [ 1, %r.body.21 ], [ %ow29.next, %ow.latch.27 ]
  %ow29.c = icmp slt i64 %ow29, 6
  br i1 %ow29.c, label %ow.body.26, label %ow.end.28
ow.body.26:
  %v26 = add nsw i64 %ow29, -1
  %v27 = getelementptr inbounds float, ptr %v24, i64 %v26
  %v28 = load float, ptr %v27, align 4
  %v29 = select i1 %v21, float %v28, float 0.0
  %v30 = getelementptr inbounds float, ptr %v18, i64 %ow29
  store float %v29, ptr %v30, align 4
  br label %ow.latch.27
ow.latch.27:
  %ow29.next = add nuw nsw i64 %ow29, 1
  br label %ow.head.25
ow.end.28:
  br label %r.latch.22
r.latch.22:
  %r24.next = add nuw nsw i64 %r24, 1
  br label %r.head.20
r.end.23:
  br label %z.head.30
z.head.30:
  %z34 = phi i64 [ 18, %r.end.23 ], [ %z34.next, %z.latch.32 ]
  %z34.c = icmp slt i64 %z34, 32
  br i1 %z34.c, label %z.body.31, label %z.end.33
z.body.31:
  %v31 = getelementptr inbounds float, ptr %v13, i64 %z34
  store float 0.0, ptr %v31, align 4
  br label %z.latch.32
z.latch.32:
  %z34.next = add nuw nsw i64 %z34, 1
  br label %z.head.30
z.end.33:
  %v32 = mul nsw i64 %ic14, 9
  %v33 = mul nsw i64 %ky19, 3
  %v34 = add nsw i64 %v32, %v33
  %v35 = add nsw i64 %v34, 1
  %v36 = mul nsw i64 %v35, 32
  %v37 = getelementptr inbounds float, ptr %s, i64 %v36
  br label %r.head.35
r.head.35:
  %r39 = phi i64 [ 0, %z.end.33 ], [ %r39.next, %r.latch.37 ]
  %r39.c = icmp slt i64 %r39, 3
  br i1 %r39.c, label %r.body.36, label %r.end.38
r.body.36:
  %v38 = add nsw i64 %v6, %r39
  %v39 = add nsw i64 %v38, %ky19
  %v40 = add nsw i64 %v39, -1
  %v41 = mul nsw i64 %r39, 6
  %v42 = getelementptr inbounds float, ptr %v37, i64 %v41
  %v43 = icmp sge i64 %v40, 0
  %v44 = icmp slt i64 %v40, 6
  %v45 = and i1 %v43, %v44
  %v46 = select i1 %v45, i64 %v40, i64 0
  %v47 = mul nsw i64 %v46, 6
  %v48 = getelementptr inbounds float, ptr %v8, i64 %v47
  br label %ow.head.40
ow.head.40:
  %ow44 = phi i64 [ 0, %r.body.36 ], [ %ow44.next, %ow.latch.42 ]
  %ow44.c = icmp slt i64 %ow44, 6
  br i1 %ow44.c, label %ow.body.41, label %ow.end.43
ow.body.41:
  %v49 = getelementptr inbounds float, ptr %v48, i64 %ow44
  %v50 = load float, ptr %v49, align 4
  %v51 = select i1 %v45, float %v50, float 0.0
  %v52 = getelementptr inbounds float, ptr %v42, i64 %ow44
  store float %v51, ptr %v52, align 4
  br label %ow.latch.42
ow.latch.42:
  %ow44.next = add nuw nsw i64 %ow44, 1
  br label %ow.head.40
ow.end.43:
  br label %r.latch.37
r.latch.37:
  %r39.next = add nuw nsw i64 %r39, 1
  br label %r.head.35
r.end.38:
  br label %z.head.45
z.head.45:
  %z49 = phi i64 [ 18, %r.end.38 ], [ %z49.next, %z.latch.47 ]
  %z49.c = icmp slt i64 %z49, 32
  br i1 %z49.c, label %z.body.46, label %z.end.48
z.body.46:
  %v53 = getelementptr inbounds float, ptr %v37, i64 %z49
  store float 0.0, ptr %v53, align 4
  br label %z.latch.47
z.latch.47:
  %z49.next = add nuw nsw i64 %z49, 1
  br label %z.head.45
z.end.48:
  %v54 = mul nsw i64 %ic14, 9
  %v55 = mul nsw i64 %ky19, 3
  %v56 = add nsw i64 %v54, %v55
  %v57 = add nsw i64 %v56, 2
  %v58 = mul nsw i64 %v57, 32
  %v59 = getelementptr inbounds float, ptr %s, i64 %v58
  br label %r.head.50
r.head.50:
  %r54 = phi i64 [ 0, %z.end.48 ], [ %r54.next, %r.latch.52 ]
  %r54.c = icmp slt i64 %r54, 3
  br i1 %r54.c, label %r.body.51, label %r.end.53
r.body.51:
  %v60 = add nsw i64 %v6, %r54
  %v61 = add nsw i64 %v60, %ky19
  %v62 = add nsw i64 %v61, -1
  %v63 = mul nsw i64 %r54, 6
  %v64 = getelementptr inbounds float, ptr %v59, i64 %v63
  %v65 = icmp sge i64 %v62, 0
  %v66 = icmp slt i64 %v62, 6
  %v67 = and i1 %v65, %v66
  %v68 = select i1 %v67, i64 %v62, i64 0
  %v69 = mul nsw i64 %v68, 6
  %v70 = getelementptr inbounds float, ptr %v8, i64 %v69
  %v71 = getelementptr inbounds float, ptr %v64, i64 5
  store float 0.0, ptr %v71, align 4
  br label %ow.head.55
ow.head.55:
  %ow59 = phi i64 [ 0, %r.body.51 ], [ %ow59.next, %ow.latch.57 ]
  %ow59.c = icmp slt i64 %ow59, 5
  br i1 %ow59.c, label %ow.body.56, label %ow.end.58
ow.body.56:
  %v72 = add nsw i64 %ow59, 1
  %v73 = getelementptr inbounds float, ptr %v70, i64 %v72
  %v74 = load float, ptr %v73, align 4
  %v75 = select i1 %v67, float %v74, float 0.0
  %v76 = getelementptr inbounds float, ptr %v64, i64 %ow59
  store float %v75, ptr %v76, align 4
  br label %ow.latch.57
ow.latch.57:
  %ow59.next = add nuw nsw i64 %ow59, 1
  br label %ow.head.55
ow.end.58:
  br label %r.latch.52
r.latch.52:
  %r54.next = add nuw nsw i64 %r54, 1
  br label %r.head.50
r.end.53:
  br label %z.head.60
z.head.60:
  %z64 = phi i64 [ 18, %r.end.53 ], [ %z64.next, %z.latch.62 ]
  %z64.c = icmp slt i64 %z64, 32
  br i1 %z64.c, label %z.body.61, label %z.end.63
z.body.61:
  %v77 = getelementptr inbounds float, ptr %v59, i64 %z64
  store float 0.0, ptr %v77, align 4
  br label %z.latch.62
z.latch.62:
  %z64.next = add nuw nsw i64 %z64, 1
  br label %z.head.60
z.end.63:
  br label %ky.latch.17
ky.latch.17:
  %ky19.next = add nuw nsw i64 %ky19, 1
  br label %ky.head.15
ky.end.18:
  br label %ic.latch.12
ic.latch.12:
  %ic14.next = add nuw nsw i64 %ic14, 1
  br label %ic.head.10
ic.end.13:
  %v78 = getelementptr inbounds float, ptr %v3, i64 %v5
  %v79 = add nsw i64 36, %v5
  %v80 = getelementptr inbounds float, ptr %v3, i64 %v79
  store <8 x float> zeroinitializer, ptr %v81, align 32
  store <8 x float> zeroinitializer, ptr %v82, align 32
  store <8 x float> zeroinitializer, ptr %v83, align 32
  store <8 x float> zeroinitializer, ptr %v84, align 32
  br label %k.head.65
k.head.65:
  %k69 = phi i64 [ 0, %ic.end.13 ], [ %k69.next, %k.latch.67 ]
  %k69.c = icmp slt i64 %k69, 18
  br i1 %k69.c, label %k.body.66, label %k.end.68
k.body.66:
  %v85 = mul nsw i64 %k69, 32
  %v86 = getelementptr inbounds float, ptr %s, i64 %v85
  %v87 = mul nsw i64 %k69, 6
  %v88 = getelementptr inbounds float, ptr %w, i64 %v87
  %v89 = load <8 x float>, ptr %v86, align 4
  %v90 = getelementptr inbounds float, ptr %v86, i64 8
  %v91 = load <8 x float>, ptr %v90, align 4
  %v92 = load float, ptr %v88, align 4
  %v93 = insertelement <8 x float> poison, float %v92, i64 0
  %v94 = shufflevector <8 x float> %v93, <8 x float> poison, <8 x i32> zeroinitializer
  %v95 = load <8 x float>, ptr %v81, align 4
  %v96 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v94, <8 x float> %v89, <8 x float> %v95)
  store <8 x float> %v96, ptr %v81, align 32
  %v97 = load <8 x float>, ptr %v82, align 4
  %v98 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v94, <8 x float> %v91, <8 x float> %v97)
  store <8 x float> %v98, ptr %v82, align 32
  %v99 = getelementptr inbounds float, ptr %v88, i64 1
  %v100 = load float, ptr %v99, align 4
  %v101 = insertelement <8 x float> poison, float %v100, i64 0
  %v102 = shufflevector <8 x float> %v101, <8 x float> poison, <8 x i32> zeroinitializer
  %v103 = load <8 x float>, ptr %v83, align 4
  %v104 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v102, <8 x float> %v89, <8 x float> %v103)
  store <8 x float> %v104, ptr %v83, align 32
  %v105 = load <8 x float>, ptr %v84, align 4
  %v106 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v102, <8 x float> %v91, <8 x float> %v105)
  store <8 x float> %v106, ptr %v84, align 32
  br label %k.latch.67
k.latch.67:
  %k69.next = add nuw nsw i64 %k69, 1
  br label %k.head.65
k.end.68:
  %v107 = getelementptr inbounds float, ptr %w, i64 112
  %v108 = load float, ptr %v107, align 4
  %v109 = insertelement <8 x float> poison, float %v108, i64 0
  %v110 = shufflevector <8 x float> %v109, <8 x float> poison, <8 x i32> zeroinitializer
  %v111 = load <8 x float>, ptr %v81, align 4
  %v112 = fadd <8 x float> %v111, %v110
  %v113 = fcmp ogt <8 x float> %v112, zeroinitializer
  %v114 = select <8 x i1> %v113, <8 x float> %v112, <8 x float> zeroinitializer
  store <8 x float> %v114, ptr %v78, align 4
  %v115 = load <8 x float>, ptr %v82, align 4
  %v116 = fadd <8 x float> %v115, %v110
  %v117 = fcmp ogt <8 x float> %v116, zeroinitializer
  %v118 = select <8 x i1> %v117, <8 x float> %v116, <8 x float> zeroinitializer
  %v119 = getelementptr inbounds float, ptr %v78, i64 8
  store <8 x float> %v118, ptr %v119, align 4
  %v120 = getelementptr inbounds float, ptr %w, i64 113
  %v121 = load float, ptr %v120, align 4
  %v122 = insertelement <8 x float> poison, float %v121, i64 0
  %v123 = shufflevector <8 x float> %v122, <8 x float> poison, <8 x i32> zeroinitializer
  %v124 = load <8 x float>, ptr %v83, align 4
  %v125 = fadd <8 x float> %v124, %v123
  %v126 = fcmp ogt <8 x float> %v125, zeroinitializer
  %v127 = select <8 x i1> %v126, <8 x float> %v125, <8 x float> zeroinitializer
  store <8 x float> %v127, ptr %v80, align 4
  %v128 = load <8 x float>, ptr %v84, align 4
  %v129 = fadd <8 x float> %v128, %v123
  %v130 = fcmp ogt <8 x float> %v129, zeroinitializer
  %v131 = select <8 x i1> %v130, <8 x float> %v129, <8 x float> zeroinitializer
  %v132 = getelementptr inbounds float, ptr %v80, i64 8
  store <8 x float> %v131, ptr %v132, align 4
  store <8 x float> zeroinitializer, ptr %v133, align 32
  store <8 x float> zeroinitializer, ptr %v134, align 32
  store <8 x float> zeroinitializer, ptr %v135, align 32
  store <8 x float> zeroinitializer, ptr %v136, align 32
  store <8 x float> zeroinitializer, ptr %v137, align 32
  store <8 x float> zeroinitializer, ptr %v138, align 32
  store <8 x float> zeroinitializer, ptr %v139, align 32
  store <8 x float> zeroinitializer, ptr %v140, align 32
  %v141 = add nsw i64 %v5, 16
  %v142 = getelementptr inbounds float, ptr %v3, i64 %v141
  %v143 = add nsw i64 36, %v5
  %v144 = add nsw i64 %v143, 16
  %v145 = getelementptr inbounds float, ptr %v3, i64 %v144
  %v146 = getelementptr inbounds float, ptr %s, i64 16
  br label %kq.head.70
kq.head.70:
  %kq74 = phi i64 [ 0, %k.end.68 ], [ %kq74.next, %kq.latch.72 ]
  %kq74.c = icmp slt i64 %kq74, 4
  br i1 %kq74.c, label %kq.body.71, label %kq.end.73
kq.body.71:
  %v147 = mul nsw i64 %kq74, 4
  %v148 = mul nsw i64 %v147, 6
  %v149 = getelementptr inbounds float, ptr %w, i64 %v148
  %v150 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v149, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v151 = mul nsw i64 %v147, 32
  %v152 = getelementptr inbounds float, ptr %v146, i64 %v151
  %v153 = load float, ptr %v152, align 4
  %v154 = insertelement <8 x float> poison, float %v153, i64 0
  %v155 = shufflevector <8 x float> %v154, <8 x float> poison, <8 x i32> zeroinitializer
  %v156 = load <8 x float>, ptr %v133, align 4
  %v157 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v150, <8 x float> %v155, <8 x float> %v156)
  store <8 x float> %v157, ptr %v133, align 32
  %v158 = getelementptr inbounds float, ptr %v152, i64 1
  %v159 = load float, ptr %v158, align 4
  %v160 = insertelement <8 x float> poison, float %v159, i64 0
  %v161 = shufflevector <8 x float> %v160, <8 x float> poison, <8 x i32> zeroinitializer
  %v162 = load <8 x float>, ptr %v134, align 4
  %v163 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v150, <8 x float> %v161, <8 x float> %v162)
  store <8 x float> %v163, ptr %v134, align 32
  %v164 = mul nsw i64 %kq74, 4
  %v165 = add nsw i64 %v164, 1
  %v166 = mul nsw i64 %v165, 6
  %v167 = getelementptr inbounds float, ptr %w, i64 %v166
  %v168 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v167, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v169 = mul nsw i64 %v165, 32
  %v170 = getelementptr inbounds float, ptr %v146, i64 %v169
  %v171 = load float, ptr %v170, align 4
  %v172 = insertelement <8 x float> poison, float %v171, i64 0
  %v173 = shufflevector <8 x float> %v172, <8 x float> poison, <8 x i32> zeroinitializer
  %v174 = load <8 x float>, ptr %v135, align 4
  %v175 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v168, <8 x float> %v173, <8 x float> %v174)
  store <8 x float> %v175, ptr %v135, align 32
  %v176 = getelementptr inbounds float, ptr %v170, i64 1
  %v177 = load float, ptr %v176, align 4
  %v178 = insertelement <8 x float> poison, float %v177, i64 0
  %v179 = shufflevector <8 x float> %v178, <8 x float> poison, <8 x i32> zeroinitializer
  %v180 = load <8 x float>, ptr %v136, align 4
  %v181 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v168, <8 x float> %v179, <8 x float> %v180)
  store <8 x float> %v181, ptr %v136, align 32
  %v182 = mul nsw i64 %kq74, 4
  %v183 = add nsw i64 %v182, 2
  %v184 = mul nsw i64 %v183, 6
  %v185 = getelementptr inbounds float, ptr %w, i64 %v184
  %v186 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v185, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v187 = mul nsw i64 %v183, 32
  %v188 = getelementptr inbounds float, ptr %v146, i64 %v187
  %v189 = load float, ptr %v188, align 4
  %v190 = insertelement <8 x float> poison, float %v189, i64 0
  %v191 = shufflevector <8 x float> %v190, <8 x float> poison, <8 x i32> zeroinitializer
  %v192 = load <8 x float>, ptr %v137, align 4
  %v193 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v186, <8 x float> %v191, <8 x float> %v192)
  store <8 x float> %v193, ptr %v137, align 32
  %v194 = getelementptr inbounds float, ptr %v188, i64 1
  %v195 = load float, ptr %v194, align 4
  %v196 = insertelement <8 x float> poison, float %v195, i64 0
  %v197 = shufflevector <8 x float> %v196, <8 x float> poison, <8 x i32> zeroinitializer
  %v198 = load <8 x float>, ptr %v138, align 4
  %v199 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v186, <8 x float> %v197, <8 x float> %v198)
  store <8 x float> %v199, ptr %v138, align 32
  %v200 = mul nsw i64 %kq74, 4
  %v201 = add nsw i64 %v200, 3
  %v202 = mul nsw i64 %v201, 6
  %v203 = getelementptr inbounds float, ptr %w, i64 %v202
  %v204 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v203, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v205 = mul nsw i64 %v201, 32
  %v206 = getelementptr inbounds float, ptr %v146, i64 %v205
  %v207 = load float, ptr %v206, align 4
  %v208 = insertelement <8 x float> poison, float %v207, i64 0
  %v209 = shufflevector <8 x float> %v208, <8 x float> poison, <8 x i32> zeroinitializer
  %v210 = load <8 x float>, ptr %v139, align 4
  %v211 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v204, <8 x float> %v209, <8 x float> %v210)
  store <8 x float> %v211, ptr %v139, align 32
  %v212 = getelementptr inbounds float, ptr %v206, i64 1
  %v213 = load float, ptr %v212, align 4
  %v214 = insertelement <8 x float> poison, float %v213, i64 0
  %v215 = shufflevector <8 x float> %v214, <8 x float> poison, <8 x i32> zeroinitializer
  %v216 = load <8 x float>, ptr %v140, align 4
  %v217 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v204, <8 x float> %v215, <8 x float> %v216)
  store <8 x float> %v217, ptr %v140, align 32
  br label %kq.latch.72
kq.latch.72:
  %kq74.next = add nuw nsw i64 %kq74, 1
  br label %kq.head.70
kq.end.73:
  br label %k.head.75
k.head.75:
  %k79 = phi i64 [ 16, %kq.end.73 ], [ %k79.next, %k.latch.77 ]
  %k79.c = icmp slt i64 %k79, 18
  br i1 %k79.c, label %k.body.76, label %k.end.78
k.body.76:
  %v218 = mul nsw i64 %k79, 6
  %v219 = getelementptr inbounds float, ptr %w, i64 %v218
  %v220 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v219, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v221 = mul nsw i64 %k79, 32
  %v222 = getelementptr inbounds float, ptr %v146, i64 %v221
  %v223 = load float, ptr %v222, align 4
  %v224 = insertelement <8 x float> poison, float %v223, i64 0
  %v225 = shufflevector <8 x float> %v224, <8 x float> poison, <8 x i32> zeroinitializer
  %v226 = load <8 x float>, ptr %v133, align 4
  %v227 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v220, <8 x float> %v225, <8 x float> %v226)
  store <8 x float> %v227, ptr %v133, align 32
  %v228 = getelementptr inbounds float, ptr %v222, i64 1
  %v229 = load float, ptr %v228, align 4
  %v230 = insertelement <8 x float> poison, float %v229, i64 0
  %v231 = shufflevector <8 x float> %v230, <8 x float> poison, <8 x i32> zeroinitializer
  %v232 = load <8 x float>, ptr %v134, align 4
  %v233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v220, <8 x float> %v231, <8 x float> %v232)
  store <8 x float> %v233, ptr %v134, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v234 = load <8 x float>, ptr %v133, align 4
  %v235 = load <8 x float>, ptr %v135, align 4
  %v236 = fadd <8 x float> %v234, %v235
  %v237 = load <8 x float>, ptr %v137, align 4
  %v238 = fadd <8 x float> %v236, %v237
  %v239 = load <8 x float>, ptr %v139, align 4
  %v240 = fadd <8 x float> %v238, %v239
  %v241 = load <8 x float>, ptr %v134, align 4
  %v242 = load <8 x float>, ptr %v136, align 4
  %v243 = fadd <8 x float> %v241, %v242
  %v244 = load <8 x float>, ptr %v138, align 4
  %v245 = fadd <8 x float> %v243, %v244
  %v246 = load <8 x float>, ptr %v140, align 4
  %v247 = fadd <8 x float> %v245, %v246
  %v248 = getelementptr inbounds float, ptr %w, i64 112
  %v249 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v248, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v250 = fadd <8 x float> %v240, %v249
  %v251 = fcmp ogt <8 x float> %v250, zeroinitializer
  %v252 = select <8 x i1> %v251, <8 x float> %v250, <8 x float> zeroinitializer
  %v253 = extractelement <8 x float> %v252, i32 0
  store float %v253, ptr %v142, align 4
  %v254 = extractelement <8 x float> %v252, i32 1
  store float %v254, ptr %v145, align 4
  %v255 = fadd <8 x float> %v247, %v249
  %v256 = fcmp ogt <8 x float> %v255, zeroinitializer
  %v257 = select <8 x i1> %v256, <8 x float> %v255, <8 x float> zeroinitializer
  %v258 = extractelement <8 x float> %v257, i32 0
  %v259 = getelementptr inbounds float, ptr %v142, i64 1
  store float %v258, ptr %v259, align 4
  %v260 = extractelement <8 x float> %v257, i32 1
  %v261 = getelementptr inbounds float, ptr %v145, i64 1
  store float %v260, ptr %v261, align 4
  br label %blk.latch.7
blk.latch.7:
  %blk9.next = add nuw nsw i64 %blk9, 1
  br label %blk.head.5
blk.end.8:
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
  %v85 = alloca <8 x float>, align 32
  %v86 = alloca <8 x float>, align 32
  %v87 = alloca <8 x float>, align 32
  %v88 = alloca <8 x float>, align 32
  %v147 = alloca <8 x float>, align 32
  %v148 = alloca <8 x float>, align 32
  %v149 = alloca <8 x float>, align 32
  %v150 = alloca <8 x float>, align 32
  %v151 = alloca <8 x float>, align 32
  %v152 = alloca <8 x float>, align 32
  %v153 = alloca <8 x float>, align 32
  %v154 = alloca <8 x float>, align 32
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
  %v6 = call i64 @llvm.smin.i64(i64 %hi, i64 2)
  br label %blk.head.5
blk.head.5:
  %blk9 = phi i64 [ %lo, %b.body.1 ], [ %blk9.next, %blk.latch.7 ]
  %blk9.c = icmp slt i64 %blk9, %v6
  br i1 %blk9.c, label %blk.body.6, label %blk.end.8
blk.body.6:
  %v7 = mul nsw i64 %blk9, 18
  %v8 = udiv i64 %v7, 6
  br label %ic.head.10
ic.head.10:
  %ic14 = phi i64 [ 0, %blk.body.6 ], [ %ic14.next, %ic.latch.12 ]
  %ic14.c = icmp slt i64 %ic14, 2
  br i1 %ic14.c, label %ic.body.11, label %ic.end.13
ic.body.11:
  %v9 = mul nsw i64 %ic14, 36
  %v10 = getelementptr inbounds float, ptr %v1, i64 %v9
  br label %ky.head.15
ky.head.15:
  %ky19 = phi i64 [ 0, %ic.body.11 ], [ %ky19.next, %ky.latch.17 ]
  %ky19.c = icmp slt i64 %ky19, 3
  br i1 %ky19.c, label %ky.body.16, label %ky.end.18
ky.body.16:
  %v11 = mul nsw i64 %ic14, 9
  %v12 = mul nsw i64 %ky19, 3
  %v13 = add nsw i64 %v11, %v12
  %v14 = mul nsw i64 %v13, 32
  %v15 = getelementptr inbounds float, ptr %s, i64 %v14
  br label %r.head.20
r.head.20:
  %r24 = phi i64 [ 0, %ky.body.16 ], [ %r24.next, %r.latch.22 ]
  %r24.c = icmp slt i64 %r24, 3
  br i1 %r24.c, label %r.body.21, label %r.end.23
r.body.21:
  %v16 = add nsw i64 %v8, %r24
  %v17 = add nsw i64 %v16, %ky19
  %v18 = add nsw i64 %v17, -1
  %v19 = mul nsw i64 %r24, 6
  %v20 = getelementptr inbounds float, ptr %v15, i64 %v19
  %v21 = icmp sge i64 %v18, 0
  %v22 = icmp slt i64 %v18, 6
  %v23 = and i1 %v21, %v22
  %v24 = select i1 %v23, i64 %v18, i64 0
  %v25 = mul nsw i64 %v24, 6
  %v26 = getelementptr inbounds float, ptr %v10, i64 %v25
  %v27 = getelementptr float, ptr %v26, i64 468
  call void @llvm.prefetch.p0(ptr %v27, i32 0, i32 3, i32 1)
  store float 0.0, ptr %v20, align 4
  br label %ow.head.25
ow.head.25:
  %ow29 = phi i64 [ 1, %r.body.21 ], [ %ow29.next, %ow.latch.27 ]
  %ow29.c = icmp slt i64 %ow29, 6
  br i1 %ow29.c, label %ow.body.26, label %ow.end.28
ow.body.26:
  %v28 = add nsw i64 %ow29, -1
  %v29 = getelementptr inbounds float, ptr %v26, i64 %v28
  %v30 = load float, ptr %v29, align 4
  %v31 = select i1 %v23, float %v30, float 0.0
  %v32 = getelementptr inbounds float, ptr %v20, i64 %ow29
  store float %v31, ptr %v32, align 4
  br label %ow.latch.27
ow.latch.27:
  %ow29.next = add nuw nsw i64 %ow29, 1
  br label %ow.head.25
ow.end.28:
  br label %r.latch.22
r.latch.22:
  %r24.next = add nuw nsw i64 %r24, 1
  br label %r.head.20
r.end.23:
  br label %z.head.30
z.head.30:
  %z34 = phi i64 [ 18, %r.end.23 ], [ %z34.next, %z.latch.32 ]
  %z34.c = icmp slt i64 %z34, 32
  br i1 %z34.c, label %z.body.31, label %z.end.33
z.body.31:
  %v33 = getelementptr inbounds float, ptr %v15, i64 %z34
  store float 0.0, ptr %v33, align 4
  br label %z.latch.32
z.latch.32:
  %z34.next = add nuw nsw i64 %z34, 1
  br label %z.head.30
z.end.33:
  %v34 = mul nsw i64 %ic14, 9
  %v35 = mul nsw i64 %ky19, 3
  %v36 = add nsw i64 %v34, %v35
  %v37 = add nsw i64 %v36, 1
  %v38 = mul nsw i64 %v37, 32
  %v39 = getelementptr inbounds float, ptr %s, i64 %v38
  br label %r.head.35
r.head.35:
  %r39 = phi i64 [ 0, %z.end.33 ], [ %r39.next, %r.latch.37 ]
  %r39.c = icmp slt i64 %r39, 3
  br i1 %r39.c, label %r.body.36, label %r.end.38
r.body.36:
  %v40 = add nsw i64 %v8, %r39
  %v41 = add nsw i64 %v40, %ky19
  %v42 = add nsw i64 %v41, -1
  %v43 = mul nsw i64 %r39, 6
  %v44 = getelementptr inbounds float, ptr %v39, i64 %v43
  %v45 = icmp sge i64 %v42, 0
  %v46 = icmp slt i64 %v42, 6
  %v47 = and i1 %v45, %v46
  %v48 = select i1 %v47, i64 %v42, i64 0
  %v49 = mul nsw i64 %v48, 6
  %v50 = getelementptr inbounds float, ptr %v10, i64 %v49
  br label %ow.head.40
ow.head.40:
  %ow44 = phi i64 [ 0, %r.body.36 ], [ %ow44.next, %ow.latch.42 ]
  %ow44.c = icmp slt i64 %ow44, 6
  br i1 %ow44.c, label %ow.body.41, label %ow.end.43
ow.body.41:
  %v51 = getelementptr inbounds float, ptr %v50, i64 %ow44
  %v52 = load float, ptr %v51, align 4
  %v53 = select i1 %v47, float %v52, float 0.0
  %v54 = getelementptr inbounds float, ptr %v44, i64 %ow44
  store float %v53, ptr %v54, align 4
  br label %ow.latch.42
ow.latch.42:
  %ow44.next = add nuw nsw i64 %ow44, 1
  br label %ow.head.40
ow.end.43:
  br label %r.latch.37
r.latch.37:
  %r39.next = add nuw nsw i64 %r39, 1
  br label %r.head.35
r.end.38:
  br label %z.head.45
z.head.45:
  %z49 = phi i64 [ 18, %r.end.38 ], [ %z49.next, %z.latch.47 ]
  %z49.c = icmp slt i64 %z49, 32
  br i1 %z49.c, label %z.body.46, label %z.end.48
z.body.46:
  %v55 = getelementptr inbounds float, ptr %v39, i64 %z49
  store float 0.0, ptr %v55, align 4
  br label %z.latch.47
z.latch.47:
  %z49.next = add nuw nsw i64 %z49, 1
  br label %z.head.45
z.end.48:
  %v56 = mul nsw i64 %ic14, 9
  %v57 = mul nsw i64 %ky19, 3
  %v58 = add nsw i64 %v56, %v57
  %v59 = add nsw i64 %v58, 2
  %v60 = mul nsw i64 %v59, 32
  %v61 = getelementptr inbounds float, ptr %s, i64 %v60
  br label %r.head.50
r.head.50:
  %r54 = phi i64 [ 0, %z.end.48 ], [ %r54.next, %r.latch.52 ]
  %r54.c = icmp slt i64 %r54, 3
  br i1 %r54.c, label %r.body.51, label %r.end.53
r.body.51:
  %v62 = add nsw i64 %v8, %r54
  %v63 = add nsw i64 %v62, %ky19
  %v64 = add nsw i64 %v63, -1
  %v65 = mul nsw i64 %r54, 6
  %v66 = getelementptr inbounds float, ptr %v61, i64 %v65
  %v67 = icmp sge i64 %v64, 0
  %v68 = icmp slt i64 %v64, 6
  %v69 = and i1 %v67, %v68
  %v70 = select i1 %v69, i64 %v64, i64 0
  %v71 = mul nsw i64 %v70, 6
  %v72 = getelementptr inbounds float, ptr %v10, i64 %v71
  %v73 = getelementptr inbounds float, ptr %v66, i64 5
  store float 0.0, ptr %v73, align 4
  br label %ow.head.55
ow.head.55:
  %ow59 = phi i64 [ 0, %r.body.51 ], [ %ow59.next, %ow.latch.57 ]
  %ow59.c = icmp slt i64 %ow59, 5
  br i1 %ow59.c, label %ow.body.56, label %ow.end.58
ow.body.56:
  %v74 = add nsw i64 %ow59, 1
  %v75 = getelementptr inbounds float, ptr %v72, i64 %v74
  %v76 = load float, ptr %v75, align 4
  %v77 = select i1 %v69, float %v76, float 0.0
  %v78 = getelementptr inbounds float, ptr %v66, i64 %ow59
  store float %v77, ptr %v78, align 4
  br label %ow.latch.57
ow.latch.57:
  %ow59.next = add nuw nsw i64 %ow59, 1
  br label %ow.head.55
ow.end.58:
  br label %r.latch.52
r.latch.52:
  %r54.next = add nuw nsw i64 %r54, 1
  br label %r.head.50
r.end.53:
  br label %z.head.60
z.head.60:
  %z64 = phi i64 [ 18, %r.end.53 ], [ %z64.next, %z.latch.62 ]
  %z64.c = icmp slt i64 %z64, 32
  br i1 %z64.c, label %z.body.61, label %z.end.63
z.body.61:
  %v79 = getelementptr inbounds float, ptr %v61, i64 %z64
  store float 0.0, ptr %v79, align 4
  br label %z.latch.62
z.latch.62:
  %z64.next = add nuw nsw i64 %z64, 1
  br label %z.head.60
z.end.63:
  br label %ky.latch.17
ky.latch.17:
  %ky19.next = add nuw nsw i64 %ky19, 1
  br label %ky.head.15
ky.end.18:
  br label %ic.latch.12
ic.latch.12:
  %ic14.next = add nuw nsw i64 %ic14, 1
  br label %ic.head.10
ic.end.13:
  %v80 = getelementptr inbounds float, ptr %v3, i64 %v7
  %v81 = getelementptr inbounds float, ptr %v5, i64 %v7
  %v82 = add nsw i64 36, %v7
  %v83 = getelementptr inbounds float, ptr %v3, i64 %v82
  %v84 = getelementptr inbounds float, ptr %v5, i64 %v82
  store <8 x float> zeroinitializer, ptr %v85, align 32
  store <8 x float> zeroinitializer, ptr %v86, align 32
  store <8 x float> zeroinitializer, ptr %v87, align 32
  store <8 x float> zeroinitializer, ptr %v88, align 32
  br label %k.head.65
k.head.65:
  %k69 = phi i64 [ 0, %ic.end.13 ], [ %k69.next, %k.latch.67 ]
  %k69.c = icmp slt i64 %k69, 18
  br i1 %k69.c, label %k.body.66, label %k.end.68
k.body.66:
  %v89 = mul nsw i64 %k69, 32
  %v90 = getelementptr inbounds float, ptr %s, i64 %v89
  %v91 = mul nsw i64 %k69, 6
  %v92 = getelementptr inbounds float, ptr %w, i64 %v91
  %v93 = load <8 x float>, ptr %v90, align 4
  %v94 = getelementptr inbounds float, ptr %v90, i64 8
  %v95 = load <8 x float>, ptr %v94, align 4
  %v96 = load float, ptr %v92, align 4
  %v97 = insertelement <8 x float> poison, float %v96, i64 0
  %v98 = shufflevector <8 x float> %v97, <8 x float> poison, <8 x i32> zeroinitializer
  %v99 = load <8 x float>, ptr %v85, align 4
  %v100 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v98, <8 x float> %v93, <8 x float> %v99)
  store <8 x float> %v100, ptr %v85, align 32
  %v101 = load <8 x float>, ptr %v86, align 4
  %v102 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v98, <8 x float> %v95, <8 x float> %v101)
  store <8 x float> %v102, ptr %v86, align 32
  %v103 = getelementptr inbounds float, ptr %v92, i64 1
  %v104 = load float, ptr %v103, align 4
  %v105 = insertelement <8 x float> poison, float %v104, i64 0
  %v106 = shufflevector <8 x float> %v105, <8 x float> poison, <8 x i32> zeroinitializer
  %v107 = load <8 x float>, ptr %v87, align 4
  %v108 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v106, <8 x float> %v93, <8 x float> %v107)
  store <8 x float> %v108, ptr %v87, align 32
  %v109 = load <8 x float>, ptr %v88, align 4
  %v110 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v106, <8 x float> %v95, <8 x float> %v109)
  store <8 x float> %v110, ptr %v88, align 32
  br label %k.latch.67
k.latch.67:
  %k69.next = add nuw nsw i64 %k69, 1
  br label %k.head.65
k.end.68:
  %v111 = getelementptr inbounds float, ptr %w, i64 112
  %v112 = load float, ptr %v111, align 4
  %v113 = insertelement <8 x float> poison, float %v112, i64 0
  %v114 = shufflevector <8 x float> %v113, <8 x float> poison, <8 x i32> zeroinitializer
  %v115 = load <8 x float>, ptr %v85, align 4
  %v116 = fadd <8 x float> %v115, %v114
  %v117 = load <8 x float>, ptr %v81, align 4
  %v118 = fadd <8 x float> %v116, %v117
  %v119 = fcmp ogt <8 x float> %v118, zeroinitializer
  %v120 = select <8 x i1> %v119, <8 x float> %v118, <8 x float> zeroinitializer
  store <8 x float> %v120, ptr %v80, align 4
  %v121 = load <8 x float>, ptr %v86, align 4
  %v122 = fadd <8 x float> %v121, %v114
  %v123 = getelementptr inbounds float, ptr %v81, i64 8
  %v124 = load <8 x float>, ptr %v123, align 4
  %v125 = fadd <8 x float> %v122, %v124
  %v126 = fcmp ogt <8 x float> %v125, zeroinitializer
  %v127 = select <8 x i1> %v126, <8 x float> %v125, <8 x float> zeroinitializer
  %v128 = getelementptr inbounds float, ptr %v80, i64 8
  store <8 x float> %v127, ptr %v128, align 4
  %v129 = getelementptr inbounds float, ptr %w, i64 113
  %v130 = load float, ptr %v129, align 4
  %v131 = insertelement <8 x float> poison, float %v130, i64 0
  %v132 = shufflevector <8 x float> %v131, <8 x float> poison, <8 x i32> zeroinitializer
  %v133 = load <8 x float>, ptr %v87, align 4
  %v134 = fadd <8 x float> %v133, %v132
  %v135 = load <8 x float>, ptr %v84, align 4
  %v136 = fadd <8 x float> %v134, %v135
  %v137 = fcmp ogt <8 x float> %v136, zeroinitializer
  %v138 = select <8 x i1> %v137, <8 x float> %v136, <8 x float> zeroinitializer
  store <8 x float> %v138, ptr %v83, align 4
  %v139 = load <8 x float>, ptr %v88, align 4
  %v140 = fadd <8 x float> %v139, %v132
  %v141 = getelementptr inbounds float, ptr %v84, i64 8
  %v142 = load <8 x float>, ptr %v141, align 4
  %v143 = fadd <8 x float> %v140, %v142
  %v144 = fcmp ogt <8 x float> %v143, zeroinitializer
  %v145 = select <8 x i1> %v144, <8 x float> %v143, <8 x float> zeroinitializer
  %v146 = getelementptr inbounds float, ptr %v83, i64 8
  store <8 x float> %v145, ptr %v146, align 4
  store <8 x float> zeroinitializer, ptr %v147, align 32
  store <8 x float> zeroinitializer, ptr %v148, align 32
  store <8 x float> zeroinitializer, ptr %v149, align 32
  store <8 x float> zeroinitializer, ptr %v150, align 32
  store <8 x float> zeroinitializer, ptr %v151, align 32
  store <8 x float> zeroinitializer, ptr %v152, align 32
  store <8 x float> zeroinitializer, ptr %v153, align 32
  store <8 x float> zeroinitializer, ptr %v154, align 32
  %v155 = add nsw i64 %v7, 16
  %v156 = getelementptr inbounds float, ptr %v3, i64 %v155
  %v157 = getelementptr inbounds float, ptr %v5, i64 %v155
  %v158 = add nsw i64 36, %v7
  %v159 = add nsw i64 %v158, 16
  %v160 = getelementptr inbounds float, ptr %v3, i64 %v159
  %v161 = getelementptr inbounds float, ptr %v5, i64 %v159
  %v162 = getelementptr inbounds float, ptr %s, i64 16
  br label %kq.head.70
kq.head.70:
  %kq74 = phi i64 [ 0, %k.end.68 ], [ %kq74.next, %kq.latch.72 ]
  %kq74.c = icmp slt i64 %kq74, 4
  br i1 %kq74.c, label %kq.body.71, label %kq.end.73
kq.body.71:
  %v163 = mul nsw i64 %kq74, 4
  %v164 = mul nsw i64 %v163, 6
  %v165 = getelementptr inbounds float, ptr %w, i64 %v164
  %v166 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v165, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v167 = mul nsw i64 %v163, 32
  %v168 = getelementptr inbounds float, ptr %v162, i64 %v167
  %v169 = load float, ptr %v168, align 4
  %v170 = insertelement <8 x float> poison, float %v169, i64 0
  %v171 = shufflevector <8 x float> %v170, <8 x float> poison, <8 x i32> zeroinitializer
  %v172 = load <8 x float>, ptr %v147, align 4
  %v173 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v166, <8 x float> %v171, <8 x float> %v172)
  store <8 x float> %v173, ptr %v147, align 32
  %v174 = getelementptr inbounds float, ptr %v168, i64 1
  %v175 = load float, ptr %v174, align 4
  %v176 = insertelement <8 x float> poison, float %v175, i64 0
  %v177 = shufflevector <8 x float> %v176, <8 x float> poison, <8 x i32> zeroinitializer
  %v178 = load <8 x float>, ptr %v148, align 4
  %v179 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v166, <8 x float> %v177, <8 x float> %v178)
  store <8 x float> %v179, ptr %v148, align 32
  %v180 = mul nsw i64 %kq74, 4
  %v181 = add nsw i64 %v180, 1
  %v182 = mul nsw i64 %v181, 6
  %v183 = getelementptr inbounds float, ptr %w, i64 %v182
  %v184 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v183, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v185 = mul nsw i64 %v181, 32
  %v186 = getelementptr inbounds float, ptr %v162, i64 %v185
  %v187 = load float, ptr %v186, align 4
  %v188 = insertelement <8 x float> poison, float %v187, i64 0
  %v189 = shufflevector <8 x float> %v188, <8 x float> poison, <8 x i32> zeroinitializer
  %v190 = load <8 x float>, ptr %v149, align 4
  %v191 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v184, <8 x float> %v189, <8 x float> %v190)
  store <8 x float> %v191, ptr %v149, align 32
  %v192 = getelementptr inbounds float, ptr %v186, i64 1
  %v193 = load float, ptr %v192, align 4
  %v194 = insertelement <8 x float> poison, float %v193, i64 0
  %v195 = shufflevector <8 x float> %v194, <8 x float> poison, <8 x i32> zeroinitializer
  %v196 = load <8 x float>, ptr %v150, align 4
  %v197 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v184, <8 x float> %v195, <8 x float> %v196)
  store <8 x float> %v197, ptr %v150, align 32
  %v198 = mul nsw i64 %kq74, 4
  %v199 = add nsw i64 %v198, 2
  %v200 = mul nsw i64 %v199, 6
  %v201 = getelementptr inbounds float, ptr %w, i64 %v200
  %v202 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v201, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v203 = mul nsw i64 %v199, 32
  %v204 = getelementptr inbounds float, ptr %v162, i64 %v203
  %v205 = load float, ptr %v204, align 4
  %v206 = insertelement <8 x float> poison, float %v205, i64 0
  %v207 = shufflevector <8 x float> %v206, <8 x float> poison, <8 x i32> zeroinitializer
  %v208 = load <8 x float>, ptr %v151, align 4
  %v209 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v202, <8 x float> %v207, <8 x float> %v208)
  store <8 x float> %v209, ptr %v151, align 32
  %v210 = getelementptr inbounds float, ptr %v204, i64 1
  %v211 = load float, ptr %v210, align 4
  %v212 = insertelement <8 x float> poison, float %v211, i64 0
  %v213 = shufflevector <8 x float> %v212, <8 x float> poison, <8 x i32> zeroinitializer
  %v214 = load <8 x float>, ptr %v152, align 4
  %v215 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v202, <8 x float> %v213, <8 x float> %v214)
  store <8 x float> %v215, ptr %v152, align 32
  %v216 = mul nsw i64 %kq74, 4
  %v217 = add nsw i64 %v216, 3
  %v218 = mul nsw i64 %v217, 6
  %v219 = getelementptr inbounds float, ptr %w, i64 %v218
  %v220 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v219, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v221 = mul nsw i64 %v217, 32
  %v222 = getelementptr inbounds float, ptr %v162, i64 %v221
  %v223 = load float, ptr %v222, align 4
  %v224 = insertelement <8 x float> poison, float %v223, i64 0
  %v225 = shufflevector <8 x float> %v224, <8 x float> poison, <8 x i32> zeroinitializer
  %v226 = load <8 x float>, ptr %v153, align 4
  %v227 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v220, <8 x float> %v225, <8 x float> %v226)
  store <8 x float> %v227, ptr %v153, align 32
  %v228 = getelementptr inbounds float, ptr %v222, i64 1
  %v229 = load float, ptr %v228, align 4
  %v230 = insertelement <8 x float> poison, float %v229, i64 0
  %v231 = shufflevector <8 x float> %v230, <8 x float> poison, <8 x i32> zeroinitializer
  %v232 = load <8 x float>, ptr %v154, align 4
  %v233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v220, <8 x float> %v231, <8 x float> %v232)
  store <8 x float> %v233, ptr %v154, align 32
  br label %kq.latch.72
kq.latch.72:
  %kq74.next = add nuw nsw i64 %kq74, 1
  br label %kq.head.70
kq.end.73:
  br label %k.head.75
k.head.75:
  %k79 = phi i64 [ 16, %kq.end.73 ], [ %k79.next, %k.latch.77 ]
  %k79.c = icmp slt i64 %k79, 18
  br i1 %k79.c, label %k.body.76, label %k.end.78
k.body.76:
  %v234 = mul nsw i64 %k79, 6
  %v235 = getelementptr inbounds float, ptr %w, i64 %v234
  %v236 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v235, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v237 = mul nsw i64 %k79, 32
  %v238 = getelementptr inbounds float, ptr %v162, i64 %v237
  %v239 = load float, ptr %v238, align 4
  %v240 = insertelement <8 x float> poison, float %v239, i64 0
  %v241 = shufflevector <8 x float> %v240, <8 x float> poison, <8 x i32> zeroinitializer
  %v242 = load <8 x float>, ptr %v147, align 4
  %v243 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v236, <8 x float> %v241, <8 x float> %v242)
  store <8 x float> %v243, ptr %v147, align 32
  %v244 = getelementptr inbounds float, ptr %v238, i64 1
  %v245 = load float, ptr %v244, align 4
  %v246 = insertelement <8 x float> poison, float %v245, i64 0
  %v247 = shufflevector <8 x float> %v246, <8 x float> poison, <8 x i32> zeroinitializer
  %v248 = load <8 x float>, ptr %v148, align 4
  %v249 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v236, <8 x float> %v247, <8 x float> %v248)
  store <8 x float> %v249, ptr %v148, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v250 = load <8 x float>, ptr %v147, align 4
  %v251 = load <8 x float>, ptr %v149, align 4
  %v252 = fadd <8 x float> %v250, %v251
  %v253 = load <8 x float>, ptr %v151, align 4
  %v254 = fadd <8 x float> %v252, %v253
  %v255 = load <8 x float>, ptr %v153, align 4
  %v256 = fadd <8 x float> %v254, %v255
  %v257 = load <8 x float>, ptr %v148, align 4
  %v258 = load <8 x float>, ptr %v150, align 4
  %v259 = fadd <8 x float> %v257, %v258
  %v260 = load <8 x float>, ptr %v152, align 4
  %v261 = fadd <8 x float> %v259, %v260
  %v262 = load <8 x float>, ptr %v154, align 4
  %v263 = fadd <8 x float> %v261, %v262
  %v264 = getelementptr inbounds float, ptr %w, i64 112
  %v265 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v264, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v266 = fadd <8 x float> %v256, %v265
  %v267 = load float, ptr %v157, align 4
  %v268 = insertelement <8 x float> zeroinitializer, float %v267, i32 0
  %v269 = load float, ptr %v161, align 4
  %v270 = insertelement <8 x float> %v268, float %v269, i32 1
  %v271 = fadd <8 x float> %v266, %v270
  %v272 = fcmp ogt <8 x float> %v271, zeroinitializer
  %v273 = select <8 x i1> %v272, <8 x float> %v271, <8 x float> zeroinitializer
  %v274 = extractelement <8 x float> %v273, i32 0
  store float %v274, ptr %v156, align 4
  %v275 = extractelement <8 x float> %v273, i32 1
  store float %v275, ptr %v160, align 4
  %v276 = fadd <8 x float> %v263, %v265
  %v277 = getelementptr inbounds float, ptr %v157, i64 1
  %v278 = load float, ptr %v277, align 4
  %v279 = insertelement <8 x float> zeroinitializer, float %v278, i32 0
  %v280 = getelementptr inbounds float, ptr %v161, i64 1
  %v281 = load float, ptr %v280, align 4
  %v282 = insertelement <8 x float> %v279, float %v281, i32 1
  %v283 = fadd <8 x float> %v276, %v282
  %v284 = fcmp ogt <8 x float> %v283, zeroinitializer
  %v285 = select <8 x i1> %v284, <8 x float> %v283, <8 x float> zeroinitializer
  %v286 = extractelement <8 x float> %v285, i32 0
  %v287 = getelementptr inbounds float, ptr %v156, i64 1
  store float %v286, ptr %v287, align 4
  %v288 = extractelement <8 x float> %v285, i32 1
  %v289 = getelementptr inbounds float, ptr %v160, i64 1
  store float %v288, ptr %v289, align 4
  br label %blk.latch.7
blk.latch.7:
  %blk9.next = add nuw nsw i64 %blk9, 1
  br label %blk.head.5
blk.end.8:
  br label %b.latch.2
b.latch.2:
  %b4.next = add nuw nsw i64 %b4, 1
  br label %b.head.0
b.end.3:
  ret void
}

; 5: maxpool 2x6x6 -> 2x3x3
define internal void @k2_5(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
entry:
  ; max pool 2x2 stride 2x2, rows [0, 0) and [3, 3) peeled
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
  %c9 = phi i64 [ %lo, %b.body.1 ], [ %c9.next, %c.latch.7 ]
  %c9.c = icmp slt i64 %c9, %hi
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
  %v8 = mul nsw i64 %oh14, 2
  %v9 = mul nsw i64 %v8, 6
  %v10 = getelementptr inbounds float, ptr %v5, i64 %v9
  %v11 = add nsw i64 %v8, 1
  %v12 = mul nsw i64 %v11, 6
  %v13 = getelementptr inbounds float, ptr %v5, i64 %v12
  %v14 = mul nsw i64 %oh14, 3
  %v15 = getelementptr inbounds float, ptr %v7, i64 %v14
  %v16 = getelementptr float, ptr %v10, i64 0
  %v17 = call <16 x float> @llvm.masked.load.v16f32.p0(ptr %v16, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>)
  %v18 = getelementptr float, ptr %v13, i64 0
  %v19 = call <16 x float> @llvm.masked.load.v16f32.p0(ptr %v18, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <16 x float> <float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000, float 0xFFF0000000000000>)
  %v20 = call nsz <16 x float> @llvm.maximum.v16f32(<16 x float> %v17, <16 x float> %v19)
  %v21 = shufflevector <16 x float> %v20, <16 x float> poison, <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %v22 = shufflevector <16 x float> %v20, <16 x float> poison, <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %v23 = call nsz <8 x float> @llvm.maximum.v8f32(<8 x float> %v21, <8 x float> %v22)
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v23, ptr %v15, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false>)
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
define internal void @k3_6(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
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
  %c9 = phi i64 [ %lo, %b.body.1 ], [ %c9.next, %c.latch.7 ]
  %c9.c = icmp slt i64 %c9, %hi
  br i1 %c9.c, label %c.body.6, label %c.end.8
c.body.6:
  %v4 = mul nsw i64 %c9, 9
  %v5 = getelementptr inbounds float, ptr %v1, i64 %v4
  %v6 = getelementptr inbounds float, ptr %v3, i64 %c9
  store float 0.0, ptr %v7, align 4
  br label %iw.head.10
iw.head.10:
  %iw14 = phi i64 [ 0, %c.body.6 ], [ %iw14.next, %iw.latch.12 ]
  %iw14.c = icmp slt i64 %iw14, 9
  br i1 %iw14.c, label %iw.body.11, label %iw.end.13
iw.body.11:
  %v8 = load float, ptr %v7, align 4
  %v9 = getelementptr inbounds float, ptr %v5, i64 %iw14
  %v10 = load float, ptr %v9, align 4
  %v11 = fadd reassoc nsz contract float %v8, %v10
  store float %v11, ptr %v7, align 4
  br label %iw.latch.12
iw.latch.12:
  %iw14.next = add nuw nsw i64 %iw14, 1
  br label %iw.head.10
iw.end.13:
  %v12 = load float, ptr %v7, align 4
  %v13 = fdiv float %v12, 0x4022000000000000
  store float %v13, ptr %v6, align 4
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
  %v6 = getelementptr inbounds float, ptr %w, i64 %v5
  br label %k.head.10
k.head.10:
  %k14 = phi i64 [ 0, %o.body.6 ], [ %k14.next, %k.latch.12 ]
  %k14.c = icmp slt i64 %k14, 2
  br i1 %k14.c, label %k.body.11, label %k.end.13
k.body.11:
  %v7 = load float, ptr %v4, align 4
  %v8 = getelementptr inbounds float, ptr %v1, i64 %k14
  %v9 = load float, ptr %v8, align 4
  %v10 = getelementptr inbounds float, ptr %v6, i64 %k14
  %v11 = load float, ptr %v10, align 4
  %v12 = fmul float %v9, %v11
  %v13 = fadd reassoc nsz contract float %v7, %v12
  store float %v13, ptr %v4, align 4
  br label %k.latch.12
k.latch.12:
  %k14.next = add nuw nsw i64 %k14, 1
  br label %k.head.10
k.end.13:
  %v14 = load float, ptr %v4, align 4
  %v15 = add nsw i64 %o9, 16
  %v16 = getelementptr inbounds float, ptr %w, i64 %v15
  %v17 = load float, ptr %v16, align 4
  %v18 = fadd float %v14, %v17
  %v19 = getelementptr inbounds float, ptr %v3, i64 %o9
  store float %v18, ptr %v19, align 4
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
  %scratch2 = getelementptr inbounds float, ptr %scratch, i64 576
  call void @k0_0(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %in, i64 0, i64 2)
  %v1 = getelementptr inbounds float, ptr %w, i64 128
  %v2 = mul nsw i64 %n, 72
  %v3 = getelementptr inbounds float, ptr %arena, i64 %v2
  call void @k1_2(ptr %v1, ptr %scratch, i64 %n, ptr %v3, ptr %arena, ptr %in, i64 0, i64 2)
  %v4 = mul nsw i64 %n, 72
  %v5 = getelementptr inbounds float, ptr %arena, i64 %v4
  call void @k2_5(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %v5, i64 0, i64 2)
  %v6 = mul nsw i64 %n, 18
  %v7 = getelementptr inbounds float, ptr %arena, i64 %v6
  call void @k3_6(ptr %w, ptr %scratch, i64 %n, ptr %v7, ptr %arena, i64 0, i64 2)
  %v8 = getelementptr inbounds float, ptr %w, i64 256
  %v9 = mul nsw i64 %n, 18
  %v10 = getelementptr inbounds float, ptr %arena, i64 %v9
  call void @k5_8(ptr %v8, ptr %scratch, i64 %n, ptr %arena, ptr %v10, i64 0, i64 3)
  ; output out
  %v11 = getelementptr inbounds ptr, ptr %outs, i64 0
  %v12 = load ptr, ptr %v11, align 8
  br label %b.head.0
b.head.0:
  %b4 = phi i64 [ 0, %entry ], [ %b4.next, %b.latch.2 ]
  %b4.c = icmp slt i64 %b4, %n
  br i1 %b4.c, label %b.body.1, label %b.end.3
b.body.1:
  %v13 = mul nsw i64 %b4, 3
  %v14 = getelementptr inbounds float, ptr %arena, i64 %v13
  %v15 = mul nsw i64 %b4, 3
  %v16 = getelementptr inbounds float, ptr %v12, i64 %v15
  br label %i.head.5
i.head.5:
  %i9 = phi i64 [ 0, %b.body.1 ], [ %i9.next, %i.latch.7 ]
  %i9.c = icmp slt i64 %i9, 3
  br i1 %i9.c, label %i.body.6, label %i.end.8
i.body.6:
  %v17 = getelementptr inbounds float, ptr %v14, i64 %i9
  %v18 = load float, ptr %v17, align 4
  %v19 = getelementptr inbounds float, ptr %v16, i64 %i9
  store float %v18, ptr %v19, align 4
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

; wakes the worker thread ahead of a call and keeps it spinning until the call ends (a no-op with one thread)
define void @netc_tiny_wake() {
  ret void
}

define i64 @netc_tiny_weight_floats() {
  ret i64 288
}

define i64 @netc_tiny_arena_floats() {
  ret i64 1296
}

define i64 @netc_tiny_input_floats() {
  ret i64 72
}

declare <16 x float> @llvm.masked.load.v16f32.p0(ptr, i32 immarg, <16 x i1>, <16 x float>)
declare <16 x float> @llvm.maximum.v16f32(<16 x float>, <16 x float>)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.masked.load.v8f32.p0(ptr, i32 immarg, <8 x i1>, <8 x float>)
declare <8 x float> @llvm.maximum.v8f32(<8 x float>, <8 x float>)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)
declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr, i32 immarg, <8 x i1>)
declare void @llvm.prefetch.p0(ptr, i32 immarg, i32 immarg, i32 immarg)

attributes #0 = { noinline nounwind }
