; netc native module for network tiny: 6 nodes, weights 288 floats, arena 1296 floats per image
source_filename = "tiny.net"

; 0: conv 2x6x6 -> 2x6x6
define internal void @k0_0(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
entry:
  %v80 = alloca <8 x float>, align 32
  %v81 = alloca <8 x float>, align 32
  %v82 = alloca <8 x float>, align 32
  %v83 = alloca <8 x float>, align 32
  %v132 = alloca <8 x float>, align 32
  %v133 = alloca <8 x float>, align 32
  %v134 = alloca <8 x float>, align 32
  %v135 = alloca <8 x float>, align 32
  %v136 = alloca <8 x float>, align 32
  %v137 = alloca <8 x float>, align 32
  %v138 = alloca <8 x float>, align 32
  %v139 = alloca <8 x float>, align 32
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
  store float 0.0, ptr %v18, align 4
  br label %ow.head.25
ow.head.25:
  %ow29 = phi i64 [ 1, %r.body.21 ], [ %ow29.next, %ow.latch.27 ]
  %ow29.c = icmp slt i64 %ow29, 6
  br i1 %ow29.c, label %ow.body.26, label %ow.end.28
ow.body.26:
  %v25 = add nsw i64 %ow29, -1
  %v26 = getelementptr inbounds float, ptr %v24, i64 %v25
  %v27 = load float, ptr %v26, align 4
  %v28 = select i1 %v21, float %v27, float 0.0
  %v29 = getelementptr inbounds float, ptr %v18, i64 %ow29
  store float %v28, ptr %v29, align 4
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
  %v30 = getelementptr inbounds float, ptr %v13, i64 %z34
  store float 0.0, ptr %v30, align 4
  br label %z.latch.32
z.latch.32:
  %z34.next = add nuw nsw i64 %z34, 1
  br label %z.head.30
z.end.33:
  %v31 = mul nsw i64 %ic14, 9
  %v32 = mul nsw i64 %ky19, 3
  %v33 = add nsw i64 %v31, %v32
  %v34 = add nsw i64 %v33, 1
  %v35 = mul nsw i64 %v34, 32
  %v36 = getelementptr inbounds float, ptr %s, i64 %v35
  br label %r.head.35
r.head.35:
  %r39 = phi i64 [ 0, %z.end.33 ], [ %r39.next, %r.latch.37 ]
  %r39.c = icmp slt i64 %r39, 3
  br i1 %r39.c, label %r.body.36, label %r.end.38
r.body.36:
  %v37 = add nsw i64 %v6, %r39
  %v38 = add nsw i64 %v37, %ky19
  %v39 = add nsw i64 %v38, -1
  %v40 = mul nsw i64 %r39, 6
  %v41 = getelementptr inbounds float, ptr %v36, i64 %v40
  %v42 = icmp sge i64 %v39, 0
  %v43 = icmp slt i64 %v39, 6
  %v44 = and i1 %v42, %v43
  %v45 = select i1 %v44, i64 %v39, i64 0
  %v46 = mul nsw i64 %v45, 6
  %v47 = getelementptr inbounds float, ptr %v8, i64 %v46
  br label %ow.head.40
ow.head.40:
  %ow44 = phi i64 [ 0, %r.body.36 ], [ %ow44.next, %ow.latch.42 ]
  %ow44.c = icmp slt i64 %ow44, 6
  br i1 %ow44.c, label %ow.body.41, label %ow.end.43
ow.body.41:
  %v48 = getelementptr inbounds float, ptr %v47, i64 %ow44
  %v49 = load float, ptr %v48, align 4
  %v50 = select i1 %v44, float %v49, float 0.0
  %v51 = getelementptr inbounds float, ptr %v41, i64 %ow44
  store float %v50, ptr %v51, align 4
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
  %v52 = getelementptr inbounds float, ptr %v36, i64 %z49
  store float 0.0, ptr %v52, align 4
  br label %z.latch.47
z.latch.47:
  %z49.next = add nuw nsw i64 %z49, 1
  br label %z.head.45
z.end.48:
  %v53 = mul nsw i64 %ic14, 9
  %v54 = mul nsw i64 %ky19, 3
  %v55 = add nsw i64 %v53, %v54
  %v56 = add nsw i64 %v55, 2
  %v57 = mul nsw i64 %v56, 32
  %v58 = getelementptr inbounds float, ptr %s, i64 %v57
  br label %r.head.50
r.head.50:
  %r54 = phi i64 [ 0, %z.end.48 ], [ %r54.next, %r.latch.52 ]
  %r54.c = icmp slt i64 %r54, 3
  br i1 %r54.c, label %r.body.51, label %r.end.53
r.body.51:
  %v59 = add nsw i64 %v6, %r54
  %v60 = add nsw i64 %v59, %ky19
  %v61 = add nsw i64 %v60, -1
  %v62 = mul nsw i64 %r54, 6
  %v63 = getelementptr inbounds float, ptr %v58, i64 %v62
  %v64 = icmp sge i64 %v61, 0
  %v65 = icmp slt i64 %v61, 6
  %v66 = and i1 %v64, %v65
  %v67 = select i1 %v66, i64 %v61, i64 0
  %v68 = mul nsw i64 %v67, 6
  %v69 = getelementptr inbounds float, ptr %v8, i64 %v68
  %v70 = getelementptr inbounds float, ptr %v63, i64 5
  store float 0.0, ptr %v70, align 4
  br label %ow.head.55
ow.head.55:
  %ow59 = phi i64 [ 0, %r.body.51 ], [ %ow59.next, %ow.latch.57 ]
  %ow59.c = icmp slt i64 %ow59, 5
  br i1 %ow59.c, label %ow.body.56, label %ow.end.58
ow.body.56:
  %v71 = add nsw i64 %ow59, 1
  %v72 = getelementptr inbounds float, ptr %v69, i64 %v71
  %v73 = load float, ptr %v72, align 4
  %v74 = select i1 %v66, float %v73, float 0.0
  %v75 = getelementptr inbounds float, ptr %v63, i64 %ow59
  store float %v74, ptr %v75, align 4
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
  %v76 = getelementptr inbounds float, ptr %v58, i64 %z64
  store float 0.0, ptr %v76, align 4
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
  %v77 = getelementptr inbounds float, ptr %v3, i64 %v5
  %v78 = add nsw i64 36, %v5
  %v79 = getelementptr inbounds float, ptr %v3, i64 %v78
  store <8 x float> zeroinitializer, ptr %v80, align 32
  store <8 x float> zeroinitializer, ptr %v81, align 32
  store <8 x float> zeroinitializer, ptr %v82, align 32
  store <8 x float> zeroinitializer, ptr %v83, align 32
  br label %k.head.65
k.head.65:
  %k69 = phi i64 [ 0, %ic.end.13 ], [ %k69.next, %k.latch.67 ]
  %k69.c = icmp slt i64 %k69, 18
  br i1 %k69.c, label %k.body.66, label %k.end.68
k.body.66:
  %v84 = mul nsw i64 %k69, 32
  %v85 = getelementptr inbounds float, ptr %s, i64 %v84
  %v86 = mul nsw i64 %k69, 6
  %v87 = getelementptr inbounds float, ptr %w, i64 %v86
  %v88 = load <8 x float>, ptr %v85, align 4
  %v89 = getelementptr inbounds float, ptr %v85, i64 8
  %v90 = load <8 x float>, ptr %v89, align 4
  %v91 = load float, ptr %v87, align 4
  %v92 = insertelement <8 x float> poison, float %v91, i64 0
  %v93 = shufflevector <8 x float> %v92, <8 x float> poison, <8 x i32> zeroinitializer
  %v94 = load <8 x float>, ptr %v80, align 4
  %v95 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v93, <8 x float> %v88, <8 x float> %v94)
  store <8 x float> %v95, ptr %v80, align 32
  %v96 = load <8 x float>, ptr %v81, align 4
  %v97 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v93, <8 x float> %v90, <8 x float> %v96)
  store <8 x float> %v97, ptr %v81, align 32
  %v98 = getelementptr inbounds float, ptr %v87, i64 1
  %v99 = load float, ptr %v98, align 4
  %v100 = insertelement <8 x float> poison, float %v99, i64 0
  %v101 = shufflevector <8 x float> %v100, <8 x float> poison, <8 x i32> zeroinitializer
  %v102 = load <8 x float>, ptr %v82, align 4
  %v103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v101, <8 x float> %v88, <8 x float> %v102)
  store <8 x float> %v103, ptr %v82, align 32
  %v104 = load <8 x float>, ptr %v83, align 4
  %v105 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v101, <8 x float> %v90, <8 x float> %v104)
  store <8 x float> %v105, ptr %v83, align 32
  br label %k.latch.67
k.latch.67:
  %k69.next = add nuw nsw i64 %k69, 1
  br label %k.head.65
k.end.68:
  %v106 = getelementptr inbounds float, ptr %w, i64 112
  %v107 = load float, ptr %v106, align 4
  %v108 = insertelement <8 x float> poison, float %v107, i64 0
  %v109 = shufflevector <8 x float> %v108, <8 x float> poison, <8 x i32> zeroinitializer
  %v110 = load <8 x float>, ptr %v80, align 4
  %v111 = fadd <8 x float> %v110, %v109
  %v112 = fcmp ogt <8 x float> %v111, zeroinitializer
  %v113 = select <8 x i1> %v112, <8 x float> %v111, <8 x float> zeroinitializer
  store <8 x float> %v113, ptr %v77, align 4
  %v114 = load <8 x float>, ptr %v81, align 4
  %v115 = fadd <8 x float> %v114, %v109
  %v116 = fcmp ogt <8 x float> %v115, zeroinitializer
  %v117 = select <8 x i1> %v116, <8 x float> %v115, <8 x float> zeroinitializer
  %v118 = getelementptr inbounds float, ptr %v77, i64 8
  store <8 x float> %v117, ptr %v118, align 4
  %v119 = getelementptr inbounds float, ptr %w, i64 113
  %v120 = load float, ptr %v119, align 4
  %v121 = insertelement <8 x float> poison, float %v120, i64 0
  %v122 = shufflevector <8 x float> %v121, <8 x float> poison, <8 x i32> zeroinitializer
  %v123 = load <8 x float>, ptr %v82, align 4
  %v124 = fadd <8 x float> %v123, %v122
  %v125 = fcmp ogt <8 x float> %v124, zeroinitializer
  %v126 = select <8 x i1> %v125, <8 x float> %v124, <8 x float> zeroinitializer
  store <8 x float> %v126, ptr %v79, align 4
  %v127 = load <8 x float>, ptr %v83, align 4
  %v128 = fadd <8 x float> %v127, %v122
  %v129 = fcmp ogt <8 x float> %v128, zeroinitializer
  %v130 = select <8 x i1> %v129, <8 x float> %v128, <8 x float> zeroinitializer
  %v131 = getelementptr inbounds float, ptr %v79, i64 8
  store <8 x float> %v130, ptr %v131, align 4
  store <8 x float> zeroinitializer, ptr %v132, align 32
  store <8 x float> zeroinitializer, ptr %v133, align 32
  store <8 x float> zeroinitializer, ptr %v134, align 32
  store <8 x float> zeroinitializer, ptr %v135, align 32
  store <8 x float> zeroinitializer, ptr %v136, align 32
  store <8 x float> zeroinitializer, ptr %v137, align 32
  store <8 x float> zeroinitializer, ptr %v138, align 32
  store <8 x float> zeroinitializer, ptr %v139, align 32
  %v140 = add nsw i64 %v5, 16
  %v141 = getelementptr inbounds float, ptr %v3, i64 %v140
  %v142 = add nsw i64 36, %v5
  %v143 = add nsw i64 %v142, 16
  %v144 = getelementptr inbounds float, ptr %v3, i64 %v143
  %v145 = getelementptr inbounds float, ptr %s, i64 16
  br label %kq.head.70
kq.head.70:
  %kq74 = phi i64 [ 0, %k.end.68 ], [ %kq74.next, %kq.latch.72 ]
  %kq74.c = icmp slt i64 %kq74, 4
  br i1 %kq74.c, label %kq.body.71, label %kq.end.73
kq.body.71:
  %v146 = mul nsw i64 %kq74, 4
  %v147 = mul nsw i64 %v146, 6
  %v148 = getelementptr inbounds float, ptr %w, i64 %v147
  %v149 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v148, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v150 = mul nsw i64 %v146, 32
  %v151 = getelementptr inbounds float, ptr %v145, i64 %v150
  %v152 = load float, ptr %v151, align 4
  %v153 = insertelement <8 x float> poison, float %v152, i64 0
  %v154 = shufflevector <8 x float> %v153, <8 x float> poison, <8 x i32> zeroinitializer
  %v155 = load <8 x float>, ptr %v132, align 4
  %v156 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v149, <8 x float> %v154, <8 x float> %v155)
  store <8 x float> %v156, ptr %v132, align 32
  %v157 = getelementptr inbounds float, ptr %v151, i64 1
  %v158 = load float, ptr %v157, align 4
  %v159 = insertelement <8 x float> poison, float %v158, i64 0
  %v160 = shufflevector <8 x float> %v159, <8 x float> poison, <8 x i32> zeroinitializer
  %v161 = load <8 x float>, ptr %v133, align 4
  %v162 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v149, <8 x float> %v160, <8 x float> %v161)
  store <8 x float> %v162, ptr %v133, align 32
  %v163 = mul nsw i64 %kq74, 4
  %v164 = add nsw i64 %v163, 1
  %v165 = mul nsw i64 %v164, 6
  %v166 = getelementptr inbounds float, ptr %w, i64 %v165
  %v167 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v166, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v168 = mul nsw i64 %v164, 32
  %v169 = getelementptr inbounds float, ptr %v145, i64 %v168
  %v170 = load float, ptr %v169, align 4
  %v171 = insertelement <8 x float> poison, float %v170, i64 0
  %v172 = shufflevector <8 x float> %v171, <8 x float> poison, <8 x i32> zeroinitializer
  %v173 = load <8 x float>, ptr %v134, align 4
  %v174 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v167, <8 x float> %v172, <8 x float> %v173)
  store <8 x float> %v174, ptr %v134, align 32
  %v175 = getelementptr inbounds float, ptr %v169, i64 1
  %v176 = load float, ptr %v175, align 4
  %v177 = insertelement <8 x float> poison, float %v176, i64 0
  %v178 = shufflevector <8 x float> %v177, <8 x float> poison, <8 x i32> zeroinitializer
  %v179 = load <8 x float>, ptr %v135, align 4
  %v180 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v167, <8 x float> %v178, <8 x float> %v179)
  store <8 x float> %v180, ptr %v135, align 32
  %v181 = mul nsw i64 %kq74, 4
  %v182 = add nsw i64 %v181, 2
  %v183 = mul nsw i64 %v182, 6
  %v184 = getelementptr inbounds float, ptr %w, i64 %v183
  %v185 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v184, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v186 = mul nsw i64 %v182, 32
  %v187 = getelementptr inbounds float, ptr %v145, i64 %v186
  %v188 = load float, ptr %v187, align 4
  %v189 = insertelement <8 x float> poison, float %v188, i64 0
  %v190 = shufflevector <8 x float> %v189, <8 x float> poison, <8 x i32> zeroinitializer
  %v191 = load <8 x float>, ptr %v136, align 4
  %v192 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v185, <8 x float> %v190, <8 x float> %v191)
  store <8 x float> %v192, ptr %v136, align 32
  %v193 = getelementptr inbounds float, ptr %v187, i64 1
  %v194 = load float, ptr %v193, align 4
  %v195 = insertelement <8 x float> poison, float %v194, i64 0
  %v196 = shufflevector <8 x float> %v195, <8 x float> poison, <8 x i32> zeroinitializer
  %v197 = load <8 x float>, ptr %v137, align 4
  %v198 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v185, <8 x float> %v196, <8 x float> %v197)
  store <8 x float> %v198, ptr %v137, align 32
  %v199 = mul nsw i64 %kq74, 4
  %v200 = add nsw i64 %v199, 3
  %v201 = mul nsw i64 %v200, 6
  %v202 = getelementptr inbounds float, ptr %w, i64 %v201
  %v203 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v202, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v204 = mul nsw i64 %v200, 32
  %v205 = getelementptr inbounds float, ptr %v145, i64 %v204
  %v206 = load float, ptr %v205, align 4
  %v207 = insertelement <8 x float> poison, float %v206, i64 0
  %v208 = shufflevector <8 x float> %v207, <8 x float> poison, <8 x i32> zeroinitializer
  %v209 = load <8 x float>, ptr %v138, align 4
  %v210 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v203, <8 x float> %v208, <8 x float> %v209)
  store <8 x float> %v210, ptr %v138, align 32
  %v211 = getelementptr inbounds float, ptr %v205, i64 1
  %v212 = load float, ptr %v211, align 4
  %v213 = insertelement <8 x float> poison, float %v212, i64 0
  %v214 = shufflevector <8 x float> %v213, <8 x float> poison, <8 x i32> zeroinitializer
  %v215 = load <8 x float>, ptr %v139, align 4
  %v216 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v203, <8 x float> %v214, <8 x float> %v215)
  store <8 x float> %v216, ptr %v139, align 32
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
  %v217 = mul nsw i64 %k79, 6
  %v218 = getelementptr inbounds float, ptr %w, i64 %v217
  %v219 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v218, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v220 = mul nsw i64 %k79, 32
  %v221 = getelementptr inbounds float, ptr %v145, i64 %v220
  %v222 = load float, ptr %v221, align 4
  %v223 = insertelement <8 x float> poison, float %v222, i64 0
  %v224 = shufflevector <8 x float> %v223, <8 x float> poison, <8 x i32> zeroinitializer
  %v225 = load <8 x float>, ptr %v132, align 4
  %v226 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v219, <8 x float> %v224, <8 x float> %v225)
  store <8 x float> %v226, ptr %v132, align 32
  %v227 = getelementptr inbounds float, ptr %v221, i64 1
  %v228 = load float, ptr %v227, align 4
  %v229 = insertelement <8 x float> poison, float %v228, i64 0
  %v230 = shufflevector <8 x float> %v229, <8 x float> poison, <8 x i32> zeroinitializer
  %v231 = load <8 x float>, ptr %v133, align 4
  %v232 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v219, <8 x float> %v230, <8 x float> %v231)
  store <8 x float> %v232, ptr %v133, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v233 = load <8 x float>, ptr %v132, align 4
  %v234 = load <8 x float>, ptr %v134, align 4
  %v235 = fadd <8 x float> %v233, %v234
  %v236 = load <8 x float>, ptr %v136, align 4
  %v237 = fadd <8 x float> %v235, %v236
  %v238 = load <8 x float>, ptr %v138, align 4
  %v239 = fadd <8 x float> %v237, %v238
  %v240 = load <8 x float>, ptr %v133, align 4
  %v241 = load <8 x float>, ptr %v135, align 4
  %v242 = fadd <8 x float> %v240, %v241
  %v243 = load <8 x float>, ptr %v137, align 4
  %v244 = fadd <8 x float> %v242, %v243
  %v245 = load <8 x float>, ptr %v139, align 4
  %v246 = fadd <8 x float> %v244, %v245
  %v247 = getelementptr inbounds float, ptr %w, i64 112
  %v248 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v247, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v249 = fadd <8 x float> %v239, %v248
  %v250 = fcmp ogt <8 x float> %v249, zeroinitializer
  %v251 = select <8 x i1> %v250, <8 x float> %v249, <8 x float> zeroinitializer
  %v252 = extractelement <8 x float> %v251, i32 0
  store float %v252, ptr %v141, align 4
  %v253 = extractelement <8 x float> %v251, i32 1
  store float %v253, ptr %v144, align 4
  %v254 = fadd <8 x float> %v246, %v248
  %v255 = fcmp ogt <8 x float> %v254, zeroinitializer
  %v256 = select <8 x i1> %v255, <8 x float> %v254, <8 x float> zeroinitializer
  %v257 = extractelement <8 x float> %v256, i32 0
  %v258 = getelementptr inbounds float, ptr %v141, i64 1
  store float %v257, ptr %v258, align 4
  %v259 = extractelement <8 x float> %v256, i32 1
  %v260 = getelementptr inbounds float, ptr %v144, i64 1
  store float %v259, ptr %v260, align 4
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
  %v84 = alloca <8 x float>, align 32
  %v85 = alloca <8 x float>, align 32
  %v86 = alloca <8 x float>, align 32
  %v87 = alloca <8 x float>, align 32
  %v146 = alloca <8 x float>, align 32
  %v147 = alloca <8 x float>, align 32
  %v148 = alloca <8 x float>, align 32
  %v149 = alloca <8 x float>, align 32
  %v150 = alloca <8 x float>, align 32
  %v151 = alloca <8 x float>, align 32
  %v152 = alloca <8 x float>, align 32
  %v153 = alloca <8 x float>, align 32
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
  store float 0.0, ptr %v20, align 4
  br label %ow.head.25
ow.head.25:
  %ow29 = phi i64 [ 1, %r.body.21 ], [ %ow29.next, %ow.latch.27 ]
  %ow29.c = icmp slt i64 %ow29, 6
  br i1 %ow29.c, label %ow.body.26, label %ow.end.28
ow.body.26:
  %v27 = add nsw i64 %ow29, -1
  %v28 = getelementptr inbounds float, ptr %v26, i64 %v27
  %v29 = load float, ptr %v28, align 4
  %v30 = select i1 %v23, float %v29, float 0.0
  %v31 = getelementptr inbounds float, ptr %v20, i64 %ow29
  store float %v30, ptr %v31, align 4
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
  %v32 = getelementptr inbounds float, ptr %v15, i64 %z34
  store float 0.0, ptr %v32, align 4
  br label %z.latch.32
z.latch.32:
  %z34.next = add nuw nsw i64 %z34, 1
  br label %z.head.30
z.end.33:
  %v33 = mul nsw i64 %ic14, 9
  %v34 = mul nsw i64 %ky19, 3
  %v35 = add nsw i64 %v33, %v34
  %v36 = add nsw i64 %v35, 1
  %v37 = mul nsw i64 %v36, 32
  %v38 = getelementptr inbounds float, ptr %s, i64 %v37
  br label %r.head.35
r.head.35:
  %r39 = phi i64 [ 0, %z.end.33 ], [ %r39.next, %r.latch.37 ]
  %r39.c = icmp slt i64 %r39, 3
  br i1 %r39.c, label %r.body.36, label %r.end.38
r.body.36:
  %v39 = add nsw i64 %v8, %r39
  %v40 = add nsw i64 %v39, %ky19
  %v41 = add nsw i64 %v40, -1
  %v42 = mul nsw i64 %r39, 6
  %v43 = getelementptr inbounds float, ptr %v38, i64 %v42
  %v44 = icmp sge i64 %v41, 0
  %v45 = icmp slt i64 %v41, 6
  %v46 = and i1 %v44, %v45
  %v47 = select i1 %v46, i64 %v41, i64 0
  %v48 = mul nsw i64 %v47, 6
  %v49 = getelementptr inbounds float, ptr %v10, i64 %v48
  br label %ow.head.40
ow.head.40:
  %ow44 = phi i64 [ 0, %r.body.36 ], [ %ow44.next, %ow.latch.42 ]
  %ow44.c = icmp slt i64 %ow44, 6
  br i1 %ow44.c, label %ow.body.41, label %ow.end.43
ow.body.41:
  %v50 = getelementptr inbounds float, ptr %v49, i64 %ow44
  %v51 = load float, ptr %v50, align 4
  %v52 = select i1 %v46, float %v51, float 0.0
  %v53 = getelementptr inbounds float, ptr %v43, i64 %ow44
  store float %v52, ptr %v53, align 4
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
  %v54 = getelementptr inbounds float, ptr %v38, i64 %z49
  store float 0.0, ptr %v54, align 4
  br label %z.latch.47
z.latch.47:
  %z49.next = add nuw nsw i64 %z49, 1
  br label %z.head.45
z.end.48:
  %v55 = mul nsw i64 %ic14, 9
  %v56 = mul nsw i64 %ky19, 3
  %v57 = add nsw i64 %v55, %v56
  %v58 = add nsw i64 %v57, 2
  %v59 = mul nsw i64 %v58, 32
  %v60 = getelementptr inbounds float, ptr %s, i64 %v59
  br label %r.head.50
r.head.50:
  %r54 = phi i64 [ 0, %z.end.48 ], [ %r54.next, %r.latch.52 ]
  %r54.c = icmp slt i64 %r54, 3
  br i1 %r54.c, label %r.body.51, label %r.end.53
r.body.51:
  %v61 = add nsw i64 %v8, %r54
  %v62 = add nsw i64 %v61, %ky19
  %v63 = add nsw i64 %v62, -1
  %v64 = mul nsw i64 %r54, 6
  %v65 = getelementptr inbounds float, ptr %v60, i64 %v64
  %v66 = icmp sge i64 %v63, 0
  %v67 = icmp slt i64 %v63, 6
  %v68 = and i1 %v66, %v67
  %v69 = select i1 %v68, i64 %v63, i64 0
  %v70 = mul nsw i64 %v69, 6
  %v71 = getelementptr inbounds float, ptr %v10, i64 %v70
  %v72 = getelementptr inbounds float, ptr %v65, i64 5
  store float 0.0, ptr %v72, align 4
  br label %ow.head.55
ow.head.55:
  %ow59 = phi i64 [ 0, %r.body.51 ], [ %ow59.next, %ow.latch.57 ]
  %ow59.c = icmp slt i64 %ow59, 5
  br i1 %ow59.c, label %ow.body.56, label %ow.end.58
ow.body.56:
  %v73 = add nsw i64 %ow59, 1
  %v74 = getelementptr inbounds float, ptr %v71, i64 %v73
  %v75 = load float, ptr %v74, align 4
  %v76 = select i1 %v68, float %v75, float 0.0
  %v77 = getelementptr inbounds float, ptr %v65, i64 %ow59
  store float %v76, ptr %v77, align 4
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
  %v78 = getelementptr inbounds float, ptr %v60, i64 %z64
  store float 0.0, ptr %v78, align 4
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
  %v79 = getelementptr inbounds float, ptr %v3, i64 %v7
  %v80 = getelementptr inbounds float, ptr %v5, i64 %v7
  %v81 = add nsw i64 36, %v7
  %v82 = getelementptr inbounds float, ptr %v3, i64 %v81
  %v83 = getelementptr inbounds float, ptr %v5, i64 %v81
  store <8 x float> zeroinitializer, ptr %v84, align 32
  store <8 x float> zeroinitializer, ptr %v85, align 32
  store <8 x float> zeroinitializer, ptr %v86, align 32
  store <8 x float> zeroinitializer, ptr %v87, align 32
  br label %k.head.65
k.head.65:
  %k69 = phi i64 [ 0, %ic.end.13 ], [ %k69.next, %k.latch.67 ]
  %k69.c = icmp slt i64 %k69, 18
  br i1 %k69.c, label %k.body.66, label %k.end.68
k.body.66:
  %v88 = mul nsw i64 %k69, 32
  %v89 = getelementptr inbounds float, ptr %s, i64 %v88
  %v90 = mul nsw i64 %k69, 6
  %v91 = getelementptr inbounds float, ptr %w, i64 %v90
  %v92 = load <8 x float>, ptr %v89, align 4
  %v93 = getelementptr inbounds float, ptr %v89, i64 8
  %v94 = load <8 x float>, ptr %v93, align 4
  %v95 = load float, ptr %v91, align 4
  %v96 = insertelement <8 x float> poison, float %v95, i64 0
  %v97 = shufflevector <8 x float> %v96, <8 x float> poison, <8 x i32> zeroinitializer
  %v98 = load <8 x float>, ptr %v84, align 4
  %v99 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v97, <8 x float> %v92, <8 x float> %v98)
  store <8 x float> %v99, ptr %v84, align 32
  %v100 = load <8 x float>, ptr %v85, align 4
  %v101 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v97, <8 x float> %v94, <8 x float> %v100)
  store <8 x float> %v101, ptr %v85, align 32
  %v102 = getelementptr inbounds float, ptr %v91, i64 1
  %v103 = load float, ptr %v102, align 4
  %v104 = insertelement <8 x float> poison, float %v103, i64 0
  %v105 = shufflevector <8 x float> %v104, <8 x float> poison, <8 x i32> zeroinitializer
  %v106 = load <8 x float>, ptr %v86, align 4
  %v107 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v105, <8 x float> %v92, <8 x float> %v106)
  store <8 x float> %v107, ptr %v86, align 32
  %v108 = load <8 x float>, ptr %v87, align 4
  %v109 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v105, <8 x float> %v94, <8 x float> %v108)
  store <8 x float> %v109, ptr %v87, align 32
  br label %k.latch.67
k.latch.67:
  %k69.next = add nuw nsw i64 %k69, 1
  br label %k.head.65
k.end.68:
  %v110 = getelementptr inbounds float, ptr %w, i64 112
  %v111 = load float, ptr %v110, align 4
  %v112 = insertelement <8 x float> poison, float %v111, i64 0
  %v113 = shufflevector <8 x float> %v112, <8 x float> poison, <8 x i32> zeroinitializer
  %v114 = load <8 x float>, ptr %v84, align 4
  %v115 = fadd <8 x float> %v114, %v113
  %v116 = load <8 x float>, ptr %v80, align 4
  %v117 = fadd <8 x float> %v115, %v116
  %v118 = fcmp ogt <8 x float> %v117, zeroinitializer
  %v119 = select <8 x i1> %v118, <8 x float> %v117, <8 x float> zeroinitializer
  store <8 x float> %v119, ptr %v79, align 4
  %v120 = load <8 x float>, ptr %v85, align 4
  %v121 = fadd <8 x float> %v120, %v113
  %v122 = getelementptr inbounds float, ptr %v80, i64 8
  %v123 = load <8 x float>, ptr %v122, align 4
  %v124 = fadd <8 x float> %v121, %v123
  %v125 = fcmp ogt <8 x float> %v124, zeroinitializer
  %v126 = select <8 x i1> %v125, <8 x float> %v124, <8 x float> zeroinitializer
  %v127 = getelementptr inbounds float, ptr %v79, i64 8
  store <8 x float> %v126, ptr %v127, align 4
  %v128 = getelementptr inbounds float, ptr %w, i64 113
  %v129 = load float, ptr %v128, align 4
  %v130 = insertelement <8 x float> poison, float %v129, i64 0
  %v131 = shufflevector <8 x float> %v130, <8 x float> poison, <8 x i32> zeroinitializer
  %v132 = load <8 x float>, ptr %v86, align 4
  %v133 = fadd <8 x float> %v132, %v131
  %v134 = load <8 x float>, ptr %v83, align 4
  %v135 = fadd <8 x float> %v133, %v134
  %v136 = fcmp ogt <8 x float> %v135, zeroinitializer
  %v137 = select <8 x i1> %v136, <8 x float> %v135, <8 x float> zeroinitializer
  store <8 x float> %v137, ptr %v82, align 4
  %v138 = load <8 x float>, ptr %v87, align 4
  %v139 = fadd <8 x float> %v138, %v131
  %v140 = getelementptr inbounds float, ptr %v83, i64 8
  %v141 = load <8 x float>, ptr %v140, align 4
  %v142 = fadd <8 x float> %v139, %v141
  %v143 = fcmp ogt <8 x float> %v142, zeroinitializer
  %v144 = select <8 x i1> %v143, <8 x float> %v142, <8 x float> zeroinitializer
  %v145 = getelementptr inbounds float, ptr %v82, i64 8
  store <8 x float> %v144, ptr %v145, align 4
  store <8 x float> zeroinitializer, ptr %v146, align 32
  store <8 x float> zeroinitializer, ptr %v147, align 32
  store <8 x float> zeroinitializer, ptr %v148, align 32
  store <8 x float> zeroinitializer, ptr %v149, align 32
  store <8 x float> zeroinitializer, ptr %v150, align 32
  store <8 x float> zeroinitializer, ptr %v151, align 32
  store <8 x float> zeroinitializer, ptr %v152, align 32
  store <8 x float> zeroinitializer, ptr %v153, align 32
  %v154 = add nsw i64 %v7, 16
  %v155 = getelementptr inbounds float, ptr %v3, i64 %v154
  %v156 = getelementptr inbounds float, ptr %v5, i64 %v154
  %v157 = add nsw i64 36, %v7
  %v158 = add nsw i64 %v157, 16
  %v159 = getelementptr inbounds float, ptr %v3, i64 %v158
  %v160 = getelementptr inbounds float, ptr %v5, i64 %v158
  %v161 = getelementptr inbounds float, ptr %s, i64 16
  br label %kq.head.70
kq.head.70:
  %kq74 = phi i64 [ 0, %k.end.68 ], [ %kq74.next, %kq.latch.72 ]
  %kq74.c = icmp slt i64 %kq74, 4
  br i1 %kq74.c, label %kq.body.71, label %kq.end.73
kq.body.71:
  %v162 = mul nsw i64 %kq74, 4
  %v163 = mul nsw i64 %v162, 6
  %v164 = getelementptr inbounds float, ptr %w, i64 %v163
  %v165 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v164, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v166 = mul nsw i64 %v162, 32
  %v167 = getelementptr inbounds float, ptr %v161, i64 %v166
  %v168 = load float, ptr %v167, align 4
  %v169 = insertelement <8 x float> poison, float %v168, i64 0
  %v170 = shufflevector <8 x float> %v169, <8 x float> poison, <8 x i32> zeroinitializer
  %v171 = load <8 x float>, ptr %v146, align 4
  %v172 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v165, <8 x float> %v170, <8 x float> %v171)
  store <8 x float> %v172, ptr %v146, align 32
  %v173 = getelementptr inbounds float, ptr %v167, i64 1
  %v174 = load float, ptr %v173, align 4
  %v175 = insertelement <8 x float> poison, float %v174, i64 0
  %v176 = shufflevector <8 x float> %v175, <8 x float> poison, <8 x i32> zeroinitializer
  %v177 = load <8 x float>, ptr %v147, align 4
  %v178 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v165, <8 x float> %v176, <8 x float> %v177)
  store <8 x float> %v178, ptr %v147, align 32
  %v179 = mul nsw i64 %kq74, 4
  %v180 = add nsw i64 %v179, 1
  %v181 = mul nsw i64 %v180, 6
  %v182 = getelementptr inbounds float, ptr %w, i64 %v181
  %v183 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v182, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v184 = mul nsw i64 %v180, 32
  %v185 = getelementptr inbounds float, ptr %v161, i64 %v184
  %v186 = load float, ptr %v185, align 4
  %v187 = insertelement <8 x float> poison, float %v186, i64 0
  %v188 = shufflevector <8 x float> %v187, <8 x float> poison, <8 x i32> zeroinitializer
  %v189 = load <8 x float>, ptr %v148, align 4
  %v190 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v183, <8 x float> %v188, <8 x float> %v189)
  store <8 x float> %v190, ptr %v148, align 32
  %v191 = getelementptr inbounds float, ptr %v185, i64 1
  %v192 = load float, ptr %v191, align 4
  %v193 = insertelement <8 x float> poison, float %v192, i64 0
  %v194 = shufflevector <8 x float> %v193, <8 x float> poison, <8 x i32> zeroinitializer
  %v195 = load <8 x float>, ptr %v149, align 4
  %v196 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v183, <8 x float> %v194, <8 x float> %v195)
  store <8 x float> %v196, ptr %v149, align 32
  %v197 = mul nsw i64 %kq74, 4
  %v198 = add nsw i64 %v197, 2
  %v199 = mul nsw i64 %v198, 6
  %v200 = getelementptr inbounds float, ptr %w, i64 %v199
  %v201 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v200, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v202 = mul nsw i64 %v198, 32
  %v203 = getelementptr inbounds float, ptr %v161, i64 %v202
  %v204 = load float, ptr %v203, align 4
  %v205 = insertelement <8 x float> poison, float %v204, i64 0
  %v206 = shufflevector <8 x float> %v205, <8 x float> poison, <8 x i32> zeroinitializer
  %v207 = load <8 x float>, ptr %v150, align 4
  %v208 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v201, <8 x float> %v206, <8 x float> %v207)
  store <8 x float> %v208, ptr %v150, align 32
  %v209 = getelementptr inbounds float, ptr %v203, i64 1
  %v210 = load float, ptr %v209, align 4
  %v211 = insertelement <8 x float> poison, float %v210, i64 0
  %v212 = shufflevector <8 x float> %v211, <8 x float> poison, <8 x i32> zeroinitializer
  %v213 = load <8 x float>, ptr %v151, align 4
  %v214 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v201, <8 x float> %v212, <8 x float> %v213)
  store <8 x float> %v214, ptr %v151, align 32
  %v215 = mul nsw i64 %kq74, 4
  %v216 = add nsw i64 %v215, 3
  %v217 = mul nsw i64 %v216, 6
  %v218 = getelementptr inbounds float, ptr %w, i64 %v217
  %v219 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v218, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v220 = mul nsw i64 %v216, 32
  %v221 = getelementptr inbounds float, ptr %v161, i64 %v220
  %v222 = load float, ptr %v221, align 4
  %v223 = insertelement <8 x float> poison, float %v222, i64 0
  %v224 = shufflevector <8 x float> %v223, <8 x float> poison, <8 x i32> zeroinitializer
  %v225 = load <8 x float>, ptr %v152, align 4
  %v226 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v219, <8 x float> %v224, <8 x float> %v225)
  store <8 x float> %v226, ptr %v152, align 32
  %v227 = getelementptr inbounds float, ptr %v221, i64 1
  %v228 = load float, ptr %v227, align 4
  %v229 = insertelement <8 x float> poison, float %v228, i64 0
  %v230 = shufflevector <8 x float> %v229, <8 x float> poison, <8 x i32> zeroinitializer
  %v231 = load <8 x float>, ptr %v153, align 4
  %v232 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v219, <8 x float> %v230, <8 x float> %v231)
  store <8 x float> %v232, ptr %v153, align 32
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
  %v233 = mul nsw i64 %k79, 6
  %v234 = getelementptr inbounds float, ptr %w, i64 %v233
  %v235 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v234, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v236 = mul nsw i64 %k79, 32
  %v237 = getelementptr inbounds float, ptr %v161, i64 %v236
  %v238 = load float, ptr %v237, align 4
  %v239 = insertelement <8 x float> poison, float %v238, i64 0
  %v240 = shufflevector <8 x float> %v239, <8 x float> poison, <8 x i32> zeroinitializer
  %v241 = load <8 x float>, ptr %v146, align 4
  %v242 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v235, <8 x float> %v240, <8 x float> %v241)
  store <8 x float> %v242, ptr %v146, align 32
  %v243 = getelementptr inbounds float, ptr %v237, i64 1
  %v244 = load float, ptr %v243, align 4
  %v245 = insertelement <8 x float> poison, float %v244, i64 0
  %v246 = shufflevector <8 x float> %v245, <8 x float> poison, <8 x i32> zeroinitializer
  %v247 = load <8 x float>, ptr %v147, align 4
  %v248 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v235, <8 x float> %v246, <8 x float> %v247)
  store <8 x float> %v248, ptr %v147, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v249 = load <8 x float>, ptr %v146, align 4
  %v250 = load <8 x float>, ptr %v148, align 4
  %v251 = fadd <8 x float> %v249, %v250
  %v252 = load <8 x float>, ptr %v150, align 4
  %v253 = fadd <8 x float> %v251, %v252
  %v254 = load <8 x float>, ptr %v152, align 4
  %v255 = fadd <8 x float> %v253, %v254
  %v256 = load <8 x float>, ptr %v147, align 4
  %v257 = load <8 x float>, ptr %v149, align 4
  %v258 = fadd <8 x float> %v256, %v257
  %v259 = load <8 x float>, ptr %v151, align 4
  %v260 = fadd <8 x float> %v258, %v259
  %v261 = load <8 x float>, ptr %v153, align 4
  %v262 = fadd <8 x float> %v260, %v261
  %v263 = getelementptr inbounds float, ptr %w, i64 112
  %v264 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v263, i32 4, <8 x i1> <i1 true, i1 true, i1 false, i1 false, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v265 = fadd <8 x float> %v255, %v264
  %v266 = load float, ptr %v156, align 4
  %v267 = insertelement <8 x float> zeroinitializer, float %v266, i32 0
  %v268 = load float, ptr %v160, align 4
  %v269 = insertelement <8 x float> %v267, float %v268, i32 1
  %v270 = fadd <8 x float> %v265, %v269
  %v271 = fcmp ogt <8 x float> %v270, zeroinitializer
  %v272 = select <8 x i1> %v271, <8 x float> %v270, <8 x float> zeroinitializer
  %v273 = extractelement <8 x float> %v272, i32 0
  store float %v273, ptr %v155, align 4
  %v274 = extractelement <8 x float> %v272, i32 1
  store float %v274, ptr %v159, align 4
  %v275 = fadd <8 x float> %v262, %v264
  %v276 = getelementptr inbounds float, ptr %v156, i64 1
  %v277 = load float, ptr %v276, align 4
  %v278 = insertelement <8 x float> zeroinitializer, float %v277, i32 0
  %v279 = getelementptr inbounds float, ptr %v160, i64 1
  %v280 = load float, ptr %v279, align 4
  %v281 = insertelement <8 x float> %v278, float %v280, i32 1
  %v282 = fadd <8 x float> %v275, %v281
  %v283 = fcmp ogt <8 x float> %v282, zeroinitializer
  %v284 = select <8 x i1> %v283, <8 x float> %v282, <8 x float> zeroinitializer
  %v285 = extractelement <8 x float> %v284, i32 0
  %v286 = getelementptr inbounds float, ptr %v155, i64 1
  store float %v285, ptr %v286, align 4
  %v287 = extractelement <8 x float> %v284, i32 1
  %v288 = getelementptr inbounds float, ptr %v159, i64 1
  store float %v287, ptr %v288, align 4
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

attributes #0 = { noinline nounwind }
