; netc native module for network tiny: 6 nodes, weights 288 floats, arena 1872 floats per image
source_filename = "tiny.net"

; 0: conv 2x6x6 -> 2x6x6
define internal void @k0_0(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
entry:
  %v104 = alloca <8 x float>, align 32
  %v105 = alloca <8 x float>, align 32
  %v106 = alloca <8 x float>, align 32
  %v107 = alloca <8 x float>, align 32
  %v108 = alloca <8 x float>, align 32
  %v109 = alloca <8 x float>, align 32
  %v110 = alloca <8 x float>, align 32
  %v111 = alloca <8 x float>, align 32
  %v112 = alloca <8 x float>, align 32
  %v113 = alloca <8 x float>, align 32
  %v114 = alloca <8 x float>, align 32
  %v115 = alloca <8 x float>, align 32
  %v297 = alloca <8 x float>, align 32
  %v298 = alloca <8 x float>, align 32
  %v299 = alloca <8 x float>, align 32
  %v300 = alloca <8 x float>, align 32
  %v301 = alloca <8 x float>, align 32
  %v302 = alloca <8 x float>, align 32
  %v416 = alloca <8 x float>, align 32
  %v417 = alloca <8 x float>, align 32
  %v418 = alloca <8 x float>, align 32
  %v419 = alloca <8 x float>, align 32
  %v471 = alloca <8 x float>, align 32
  %v472 = alloca <8 x float>, align 32
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
  br label %ic.head.5
ic.head.5:
  %ic9 = phi i64 [ 0, %b.body.1 ], [ %ic9.next, %ic.latch.7 ]
  %ic9.c = icmp slt i64 %ic9, 2
  br i1 %ic9.c, label %ic.body.6, label %ic.end.8
ic.body.6:
  %v4 = mul nsw i64 %ic9, 36
  %v5 = getelementptr inbounds float, ptr %v1, i64 %v4
  br label %ky.head.10
ky.head.10:
  %ky14 = phi i64 [ 0, %ic.body.6 ], [ %ky14.next, %ky.latch.12 ]
  %ky14.c = icmp slt i64 %ky14, 3
  br i1 %ky14.c, label %ky.body.11, label %ky.end.13
ky.body.11:
  %v6 = mul nsw i64 %ic9, 9
  %v7 = mul nsw i64 %ky14, 3
  %v8 = add nsw i64 %v6, %v7
  %v9 = mul nsw i64 %v8, 48
  %v10 = getelementptr inbounds float, ptr %s, i64 %v9
  br label %r.head.15
r.head.15:
  %r19 = phi i64 [ 0, %ky.body.11 ], [ %r19.next, %r.latch.17 ]
  %r19.c = icmp slt i64 %r19, 6
  br i1 %r19.c, label %r.body.16, label %r.end.18
r.body.16:
  %v11 = add nsw i64 %r19, %ky14
  %v12 = add nsw i64 %v11, -1
  %v13 = mul nsw i64 %r19, 6
  %v14 = getelementptr inbounds float, ptr %v10, i64 %v13
  %v15 = icmp sge i64 %v12, 0
  %v16 = icmp slt i64 %v12, 6
  %v17 = and i1 %v15, %v16
  %v18 = select i1 %v17, i64 %v12, i64 0
  %v19 = mul nsw i64 %v18, 6
  %v20 = getelementptr inbounds float, ptr %v5, i64 %v19
  store float 0.0, ptr %v14, align 4
  br label %ow.head.20
ow.head.20:
  %ow24 = phi i64 [ 1, %r.body.16 ], [ %ow24.next, %ow.latch.22 ]
  %ow24.c = icmp slt i64 %ow24, 6
  br i1 %ow24.c, label %ow.body.21, label %ow.end.23
ow.body.21:
  %v21 = add nsw i64 %ow24, -1
  %v22 = getelementptr inbounds float, ptr %v20, i64 %v21
  %v23 = load float, ptr %v22, align 4
  %v24 = select i1 %v17, float %v23, float 0.0
  %v25 = getelementptr inbounds float, ptr %v14, i64 %ow24
  store float %v24, ptr %v25, align 4
  br label %ow.latch.22
ow.latch.22:
  %ow24.next = add nuw nsw i64 %ow24, 1
  br label %ow.head.20
ow.end.23:
  br label %r.latch.17
r.latch.17:
  %r19.next = add nuw nsw i64 %r19, 1
  br label %r.head.15
r.end.18:
  br label %z.head.25
z.head.25:
  %z29 = phi i64 [ 36, %r.end.18 ], [ %z29.next, %z.latch.27 ]
  %z29.c = icmp slt i64 %z29, 48
  br i1 %z29.c, label %z.body.26, label %z.end.28
z.body.26:
  %v26 = getelementptr inbounds float, ptr %v10, i64 %z29
  store float 0.0, ptr %v26, align 4
  br label %z.latch.27
z.latch.27:
  %z29.next = add nuw nsw i64 %z29, 1
  br label %z.head.25
z.end.28:
  %v27 = mul nsw i64 %ic9, 9
  %v28 = mul nsw i64 %ky14, 3
  %v29 = add nsw i64 %v27, %v28
  %v30 = add nsw i64 %v29, 1
  %v31 = mul nsw i64 %v30, 48
  %v32 = getelementptr inbounds float, ptr %s, i64 %v31
  br label %r.head.30
r.head.30:
  %r34 = phi i64 [ 0, %z.end.28 ], [ %r34.next, %r.latch.32 ]
  %r34.c = icmp slt i64 %r34, 6
  br i1 %r34.c, label %r.body.31, label %r.end.33
r.body.31:
  %v33 = add nsw i64 %r34, %ky14
  %v34 = add nsw i64 %v33, -1
  %v35 = mul nsw i64 %r34, 6
  %v36 = getelementptr inbounds float, ptr %v32, i64 %v35
  %v37 = icmp sge i64 %v34, 0
  %v38 = icmp slt i64 %v34, 6
  %v39 = and i1 %v37, %v38
  %v40 = select i1 %v39, i64 %v34, i64 0
  %v41 = mul nsw i64 %v40, 6
  %v42 = getelementptr inbounds float, ptr %v5, i64 %v41
  br label %ow.head.35
ow.head.35:
  %ow39 = phi i64 [ 0, %r.body.31 ], [ %ow39.next, %ow.latch.37 ]
  %ow39.c = icmp slt i64 %ow39, 6
  br i1 %ow39.c, label %ow.body.36, label %ow.end.38
ow.body.36:
  %v43 = getelementptr inbounds float, ptr %v42, i64 %ow39
  %v44 = load float, ptr %v43, align 4
  %v45 = select i1 %v39, float %v44, float 0.0
  %v46 = getelementptr inbounds float, ptr %v36, i64 %ow39
  store float %v45, ptr %v46, align 4
  br label %ow.latch.37
ow.latch.37:
  %ow39.next = add nuw nsw i64 %ow39, 1
  br label %ow.head.35
ow.end.38:
  br label %r.latch.32
r.latch.32:
  %r34.next = add nuw nsw i64 %r34, 1
  br label %r.head.30
r.end.33:
  br label %z.head.40
z.head.40:
  %z44 = phi i64 [ 36, %r.end.33 ], [ %z44.next, %z.latch.42 ]
  %z44.c = icmp slt i64 %z44, 48
  br i1 %z44.c, label %z.body.41, label %z.end.43
z.body.41:
  %v47 = getelementptr inbounds float, ptr %v32, i64 %z44
  store float 0.0, ptr %v47, align 4
  br label %z.latch.42
z.latch.42:
  %z44.next = add nuw nsw i64 %z44, 1
  br label %z.head.40
z.end.43:
  %v48 = mul nsw i64 %ic9, 9
  %v49 = mul nsw i64 %ky14, 3
  %v50 = add nsw i64 %v48, %v49
  %v51 = add nsw i64 %v50, 2
  %v52 = mul nsw i64 %v51, 48
  %v53 = getelementptr inbounds float, ptr %s, i64 %v52
  br label %r.head.45
r.head.45:
  %r49 = phi i64 [ 0, %z.end.43 ], [ %r49.next, %r.latch.47 ]
  %r49.c = icmp slt i64 %r49, 6
  br i1 %r49.c, label %r.body.46, label %r.end.48
r.body.46:
  %v54 = add nsw i64 %r49, %ky14
  %v55 = add nsw i64 %v54, -1
  %v56 = mul nsw i64 %r49, 6
  %v57 = getelementptr inbounds float, ptr %v53, i64 %v56
  %v58 = icmp sge i64 %v55, 0
  %v59 = icmp slt i64 %v55, 6
  %v60 = and i1 %v58, %v59
  %v61 = select i1 %v60, i64 %v55, i64 0
  %v62 = mul nsw i64 %v61, 6
  %v63 = getelementptr inbounds float, ptr %v5, i64 %v62
  %v64 = getelementptr inbounds float, ptr %v57, i64 5
  store float 0.0, ptr %v64, align 4
  br label %ow.head.50
ow.head.50:
  %ow54 = phi i64 [ 0, %r.body.46 ], [ %ow54.next, %ow.latch.52 ]
  %ow54.c = icmp slt i64 %ow54, 5
  br i1 %ow54.c, label %ow.body.51, label %ow.end.53
ow.body.51:
  %v65 = add nsw i64 %ow54, 1
  %v66 = getelementptr inbounds float, ptr %v63, i64 %v65
  %v67 = load float, ptr %v66, align 4
  %v68 = select i1 %v60, float %v67, float 0.0
  %v69 = getelementptr inbounds float, ptr %v57, i64 %ow54
  store float %v68, ptr %v69, align 4
  br label %ow.latch.52
ow.latch.52:
  %ow54.next = add nuw nsw i64 %ow54, 1
  br label %ow.head.50
ow.end.53:
  br label %r.latch.47
r.latch.47:
  %r49.next = add nuw nsw i64 %r49, 1
  br label %r.head.45
r.end.48:
  br label %z.head.55
z.head.55:
  %z59 = phi i64 [ 36, %r.end.48 ], [ %z59.next, %z.latch.57 ]
  %z59.c = icmp slt i64 %z59, 48
  br i1 %z59.c, label %z.body.56, label %z.end.58
z.body.56:
  %v70 = getelementptr inbounds float, ptr %v53, i64 %z59
  store float 0.0, ptr %v70, align 4
  br label %z.latch.57
z.latch.57:
  %z59.next = add nuw nsw i64 %z59, 1
  br label %z.head.55
z.end.58:
  br label %ky.latch.12
ky.latch.12:
  %ky14.next = add nuw nsw i64 %ky14, 1
  br label %ky.head.10
ky.end.13:
  br label %ic.latch.7
ic.latch.7:
  %ic9.next = add nuw nsw i64 %ic9, 1
  br label %ic.head.5
ic.end.8:
  %v71 = udiv i64 %hi, 6
  %v72 = call i64 @llvm.smin.i64(i64 %v71, i64 0)
  %v73 = udiv i64 %lo, 6
  br label %mt.head.60
mt.head.60:
  %mt64 = phi i64 [ %v73, %ic.end.8 ], [ %mt64.next, %mt.latch.62 ]
  %mt64.c = icmp slt i64 %mt64, %v72
  br i1 %mt64.c, label %mt.body.61, label %mt.end.63
mt.body.61:
  br label %nt.head.65
nt.head.65:
  %nt69 = phi i64 [ 0, %mt.body.61 ], [ %nt69.next, %nt.latch.67 ]
  %nt69.c = icmp slt i64 %nt69, 2
  br i1 %nt69.c, label %nt.body.66, label %nt.end.68
nt.body.66:
  %v74 = mul nsw i64 %nt69, 16
  %v75 = mul nsw i64 %mt64, 6
  %v76 = mul nsw i64 %v75, 36
  %v77 = add nsw i64 %v76, %v74
  %v78 = getelementptr inbounds float, ptr %v3, i64 %v77
  %v79 = mul nsw i64 %mt64, 6
  %v80 = add nsw i64 %v79, 1
  %v81 = mul nsw i64 %v80, 36
  %v82 = add nsw i64 %v81, %v74
  %v83 = getelementptr inbounds float, ptr %v3, i64 %v82
  %v84 = mul nsw i64 %mt64, 6
  %v85 = add nsw i64 %v84, 2
  %v86 = mul nsw i64 %v85, 36
  %v87 = add nsw i64 %v86, %v74
  %v88 = getelementptr inbounds float, ptr %v3, i64 %v87
  %v89 = mul nsw i64 %mt64, 6
  %v90 = add nsw i64 %v89, 3
  %v91 = mul nsw i64 %v90, 36
  %v92 = add nsw i64 %v91, %v74
  %v93 = getelementptr inbounds float, ptr %v3, i64 %v92
  %v94 = mul nsw i64 %mt64, 6
  %v95 = add nsw i64 %v94, 4
  %v96 = mul nsw i64 %v95, 36
  %v97 = add nsw i64 %v96, %v74
  %v98 = getelementptr inbounds float, ptr %v3, i64 %v97
  %v99 = mul nsw i64 %mt64, 6
  %v100 = add nsw i64 %v99, 5
  %v101 = mul nsw i64 %v100, 36
  %v102 = add nsw i64 %v101, %v74
  %v103 = getelementptr inbounds float, ptr %v3, i64 %v102
  store <8 x float> zeroinitializer, ptr %v104, align 32
  store <8 x float> zeroinitializer, ptr %v105, align 32
  store <8 x float> zeroinitializer, ptr %v106, align 32
  store <8 x float> zeroinitializer, ptr %v107, align 32
  store <8 x float> zeroinitializer, ptr %v108, align 32
  store <8 x float> zeroinitializer, ptr %v109, align 32
  store <8 x float> zeroinitializer, ptr %v110, align 32
  store <8 x float> zeroinitializer, ptr %v111, align 32
  store <8 x float> zeroinitializer, ptr %v112, align 32
  store <8 x float> zeroinitializer, ptr %v113, align 32
  store <8 x float> zeroinitializer, ptr %v114, align 32
  store <8 x float> zeroinitializer, ptr %v115, align 32
  %v116 = mul nsw i64 %mt64, 108
  %v117 = getelementptr inbounds float, ptr %w, i64 %v116
  %v118 = getelementptr inbounds float, ptr %s, i64 %v74
  br label %k.head.70
k.head.70:
  %k74 = phi i64 [ 0, %nt.body.66 ], [ %k74.next, %k.latch.72 ]
  %k74.c = icmp slt i64 %k74, 18
  br i1 %k74.c, label %k.body.71, label %k.end.73
k.body.71:
  %v119 = mul nsw i64 %k74, 48
  %v120 = getelementptr inbounds float, ptr %v118, i64 %v119
  %v121 = mul nsw i64 %k74, 6
  %v122 = getelementptr inbounds float, ptr %v117, i64 %v121
  %v123 = load <8 x float>, ptr %v120, align 4
  %v124 = getelementptr inbounds float, ptr %v120, i64 8
  %v125 = load <8 x float>, ptr %v124, align 4
  %v126 = load float, ptr %v122, align 4
  %v127 = insertelement <8 x float> poison, float %v126, i64 0
  %v128 = shufflevector <8 x float> %v127, <8 x float> poison, <8 x i32> zeroinitializer
  %v129 = load <8 x float>, ptr %v104, align 4
  %v130 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v128, <8 x float> %v123, <8 x float> %v129)
  store <8 x float> %v130, ptr %v104, align 32
  %v131 = load <8 x float>, ptr %v105, align 4
  %v132 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v128, <8 x float> %v125, <8 x float> %v131)
  store <8 x float> %v132, ptr %v105, align 32
  %v133 = getelementptr inbounds float, ptr %v122, i64 1
  %v134 = load float, ptr %v133, align 4
  %v135 = insertelement <8 x float> poison, float %v134, i64 0
  %v136 = shufflevector <8 x float> %v135, <8 x float> poison, <8 x i32> zeroinitializer
  %v137 = load <8 x float>, ptr %v106, align 4
  %v138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v136, <8 x float> %v123, <8 x float> %v137)
  store <8 x float> %v138, ptr %v106, align 32
  %v139 = load <8 x float>, ptr %v107, align 4
  %v140 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v136, <8 x float> %v125, <8 x float> %v139)
  store <8 x float> %v140, ptr %v107, align 32
  %v141 = getelementptr inbounds float, ptr %v122, i64 2
  %v142 = load float, ptr %v141, align 4
  %v143 = insertelement <8 x float> poison, float %v142, i64 0
  %v144 = shufflevector <8 x float> %v143, <8 x float> poison, <8 x i32> zeroinitializer
  %v145 = load <8 x float>, ptr %v108, align 4
  %v146 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v144, <8 x float> %v123, <8 x float> %v145)
  store <8 x float> %v146, ptr %v108, align 32
  %v147 = load <8 x float>, ptr %v109, align 4
  %v148 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v144, <8 x float> %v125, <8 x float> %v147)
  store <8 x float> %v148, ptr %v109, align 32
  %v149 = getelementptr inbounds float, ptr %v122, i64 3
  %v150 = load float, ptr %v149, align 4
  %v151 = insertelement <8 x float> poison, float %v150, i64 0
  %v152 = shufflevector <8 x float> %v151, <8 x float> poison, <8 x i32> zeroinitializer
  %v153 = load <8 x float>, ptr %v110, align 4
  %v154 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v152, <8 x float> %v123, <8 x float> %v153)
  store <8 x float> %v154, ptr %v110, align 32
  %v155 = load <8 x float>, ptr %v111, align 4
  %v156 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v152, <8 x float> %v125, <8 x float> %v155)
  store <8 x float> %v156, ptr %v111, align 32
  %v157 = getelementptr inbounds float, ptr %v122, i64 4
  %v158 = load float, ptr %v157, align 4
  %v159 = insertelement <8 x float> poison, float %v158, i64 0
  %v160 = shufflevector <8 x float> %v159, <8 x float> poison, <8 x i32> zeroinitializer
  %v161 = load <8 x float>, ptr %v112, align 4
  %v162 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v160, <8 x float> %v123, <8 x float> %v161)
  store <8 x float> %v162, ptr %v112, align 32
  %v163 = load <8 x float>, ptr %v113, align 4
  %v164 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v160, <8 x float> %v125, <8 x float> %v163)
  store <8 x float> %v164, ptr %v113, align 32
  %v165 = getelementptr inbounds float, ptr %v122, i64 5
  %v166 = load float, ptr %v165, align 4
  %v167 = insertelement <8 x float> poison, float %v166, i64 0
  %v168 = shufflevector <8 x float> %v167, <8 x float> poison, <8 x i32> zeroinitializer
  %v169 = load <8 x float>, ptr %v114, align 4
  %v170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v168, <8 x float> %v123, <8 x float> %v169)
  store <8 x float> %v170, ptr %v114, align 32
  %v171 = load <8 x float>, ptr %v115, align 4
  %v172 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v168, <8 x float> %v125, <8 x float> %v171)
  store <8 x float> %v172, ptr %v115, align 32
  br label %k.latch.72
k.latch.72:
  %k74.next = add nuw nsw i64 %k74, 1
  br label %k.head.70
k.end.73:
  %v173 = mul nsw i64 %mt64, 6
  %v174 = add nsw i64 %v173, 112
  %v175 = getelementptr inbounds float, ptr %w, i64 %v174
  %v176 = load float, ptr %v175, align 4
  %v177 = insertelement <8 x float> poison, float %v176, i64 0
  %v178 = shufflevector <8 x float> %v177, <8 x float> poison, <8 x i32> zeroinitializer
  %v179 = load <8 x float>, ptr %v104, align 4
  %v180 = fadd <8 x float> %v179, %v178
  %v181 = fcmp ogt <8 x float> %v180, zeroinitializer
  %v182 = select <8 x i1> %v181, <8 x float> %v180, <8 x float> zeroinitializer
  store <8 x float> %v182, ptr %v78, align 4
  %v183 = load <8 x float>, ptr %v105, align 4
  %v184 = fadd <8 x float> %v183, %v178
  %v185 = fcmp ogt <8 x float> %v184, zeroinitializer
  %v186 = select <8 x i1> %v185, <8 x float> %v184, <8 x float> zeroinitializer
  %v187 = getelementptr inbounds float, ptr %v78, i64 8
  store <8 x float> %v186, ptr %v187, align 4
  %v188 = mul nsw i64 %mt64, 6
  %v189 = add nsw i64 %v188, 1
  %v190 = add nsw i64 %v189, 112
  %v191 = getelementptr inbounds float, ptr %w, i64 %v190
  %v192 = load float, ptr %v191, align 4
  %v193 = insertelement <8 x float> poison, float %v192, i64 0
  %v194 = shufflevector <8 x float> %v193, <8 x float> poison, <8 x i32> zeroinitializer
  %v195 = load <8 x float>, ptr %v106, align 4
  %v196 = fadd <8 x float> %v195, %v194
  %v197 = fcmp ogt <8 x float> %v196, zeroinitializer
  %v198 = select <8 x i1> %v197, <8 x float> %v196, <8 x float> zeroinitializer
  store <8 x float> %v198, ptr %v83, align 4
  %v199 = load <8 x float>, ptr %v107, align 4
  %v200 = fadd <8 x float> %v199, %v194
  %v201 = fcmp ogt <8 x float> %v200, zeroinitializer
  %v202 = select <8 x i1> %v201, <8 x float> %v200, <8 x float> zeroinitializer
  %v203 = getelementptr inbounds float, ptr %v83, i64 8
  store <8 x float> %v202, ptr %v203, align 4
  %v204 = mul nsw i64 %mt64, 6
  %v205 = add nsw i64 %v204, 2
  %v206 = add nsw i64 %v205, 112
  %v207 = getelementptr inbounds float, ptr %w, i64 %v206
  %v208 = load float, ptr %v207, align 4
  %v209 = insertelement <8 x float> poison, float %v208, i64 0
  %v210 = shufflevector <8 x float> %v209, <8 x float> poison, <8 x i32> zeroinitializer
  %v211 = load <8 x float>, ptr %v108, align 4
  %v212 = fadd <8 x float> %v211, %v210
  %v213 = fcmp ogt <8 x float> %v212, zeroinitializer
  %v214 = select <8 x i1> %v213, <8 x float> %v212, <8 x float> zeroinitializer
  store <8 x float> %v214, ptr %v88, align 4
  %v215 = load <8 x float>, ptr %v109, align 4
  %v216 = fadd <8 x float> %v215, %v210
  %v217 = fcmp ogt <8 x float> %v216, zeroinitializer
  %v218 = select <8 x i1> %v217, <8 x float> %v216, <8 x float> zeroinitializer
  %v219 = getelementptr inbounds float, ptr %v88, i64 8
  store <8 x float> %v218, ptr %v219, align 4
  %v220 = mul nsw i64 %mt64, 6
  %v221 = add nsw i64 %v220, 3
  %v222 = add nsw i64 %v221, 112
  %v223 = getelementptr inbounds float, ptr %w, i64 %v222
  %v224 = load float, ptr %v223, align 4
  %v225 = insertelement <8 x float> poison, float %v224, i64 0
  %v226 = shufflevector <8 x float> %v225, <8 x float> poison, <8 x i32> zeroinitializer
  %v227 = load <8 x float>, ptr %v110, align 4
  %v228 = fadd <8 x float> %v227, %v226
  %v229 = fcmp ogt <8 x float> %v228, zeroinitializer
  %v230 = select <8 x i1> %v229, <8 x float> %v228, <8 x float> zeroinitializer
  store <8 x float> %v230, ptr %v93, align 4
  %v231 = load <8 x float>, ptr %v111, align 4
  %v232 = fadd <8 x float> %v231, %v226
  %v233 = fcmp ogt <8 x float> %v232, zeroinitializer
  %v234 = select <8 x i1> %v233, <8 x float> %v232, <8 x float> zeroinitializer
  %v235 = getelementptr inbounds float, ptr %v93, i64 8
  store <8 x float> %v234, ptr %v235, align 4
  %v236 = mul nsw i64 %mt64, 6
  %v237 = add nsw i64 %v236, 4
  %v238 = add nsw i64 %v237, 112
  %v239 = getelementptr inbounds float, ptr %w, i64 %v238
  %v240 = load float, ptr %v239, align 4
  %v241 = insertelement <8 x float> poison, float %v240, i64 0
  %v242 = shufflevector <8 x float> %v241, <8 x float> poison, <8 x i32> zeroinitializer
  %v243 = load <8 x float>, ptr %v112, align 4
  %v244 = fadd <8 x float> %v243, %v242
  %v245 = fcmp ogt <8 x float> %v244, zeroinitializer
  %v246 = select <8 x i1> %v245, <8 x float> %v244, <8 x float> zeroinitializer
  store <8 x float> %v246, ptr %v98, align 4
  %v247 = load <8 x float>, ptr %v113, align 4
  %v248 = fadd <8 x float> %v247, %v242
  %v249 = fcmp ogt <8 x float> %v248, zeroinitializer
  %v250 = select <8 x i1> %v249, <8 x float> %v248, <8 x float> zeroinitializer
  %v251 = getelementptr inbounds float, ptr %v98, i64 8
  store <8 x float> %v250, ptr %v251, align 4
  %v252 = mul nsw i64 %mt64, 6
  %v253 = add nsw i64 %v252, 5
  %v254 = add nsw i64 %v253, 112
  %v255 = getelementptr inbounds float, ptr %w, i64 %v254
  %v256 = load float, ptr %v255, align 4
  %v257 = insertelement <8 x float> poison, float %v256, i64 0
  %v258 = shufflevector <8 x float> %v257, <8 x float> poison, <8 x i32> zeroinitializer
  %v259 = load <8 x float>, ptr %v114, align 4
  %v260 = fadd <8 x float> %v259, %v258
  %v261 = fcmp ogt <8 x float> %v260, zeroinitializer
  %v262 = select <8 x i1> %v261, <8 x float> %v260, <8 x float> zeroinitializer
  store <8 x float> %v262, ptr %v103, align 4
  %v263 = load <8 x float>, ptr %v115, align 4
  %v264 = fadd <8 x float> %v263, %v258
  %v265 = fcmp ogt <8 x float> %v264, zeroinitializer
  %v266 = select <8 x i1> %v265, <8 x float> %v264, <8 x float> zeroinitializer
  %v267 = getelementptr inbounds float, ptr %v103, i64 8
  store <8 x float> %v266, ptr %v267, align 4
  br label %nt.latch.67
nt.latch.67:
  %nt69.next = add nuw nsw i64 %nt69, 1
  br label %nt.head.65
nt.end.68:
  %v268 = mul nsw i64 %mt64, 6
  %v269 = mul nsw i64 %v268, 36
  %v270 = add nsw i64 %v269, 32
  %v271 = getelementptr inbounds float, ptr %v3, i64 %v270
  %v272 = mul nsw i64 %mt64, 6
  %v273 = add nsw i64 %v272, 1
  %v274 = mul nsw i64 %v273, 36
  %v275 = add nsw i64 %v274, 32
  %v276 = getelementptr inbounds float, ptr %v3, i64 %v275
  %v277 = mul nsw i64 %mt64, 6
  %v278 = add nsw i64 %v277, 2
  %v279 = mul nsw i64 %v278, 36
  %v280 = add nsw i64 %v279, 32
  %v281 = getelementptr inbounds float, ptr %v3, i64 %v280
  %v282 = mul nsw i64 %mt64, 6
  %v283 = add nsw i64 %v282, 3
  %v284 = mul nsw i64 %v283, 36
  %v285 = add nsw i64 %v284, 32
  %v286 = getelementptr inbounds float, ptr %v3, i64 %v285
  %v287 = mul nsw i64 %mt64, 6
  %v288 = add nsw i64 %v287, 4
  %v289 = mul nsw i64 %v288, 36
  %v290 = add nsw i64 %v289, 32
  %v291 = getelementptr inbounds float, ptr %v3, i64 %v290
  %v292 = mul nsw i64 %mt64, 6
  %v293 = add nsw i64 %v292, 5
  %v294 = mul nsw i64 %v293, 36
  %v295 = add nsw i64 %v294, 32
  %v296 = getelementptr inbounds float, ptr %v3, i64 %v295
  store <8 x float> zeroinitializer, ptr %v297, align 32
  store <8 x float> zeroinitializer, ptr %v298, align 32
  store <8 x float> zeroinitializer, ptr %v299, align 32
  store <8 x float> zeroinitializer, ptr %v300, align 32
  store <8 x float> zeroinitializer, ptr %v301, align 32
  store <8 x float> zeroinitializer, ptr %v302, align 32
  %v303 = mul nsw i64 %mt64, 108
  %v304 = getelementptr inbounds float, ptr %w, i64 %v303
  %v305 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.75
k.head.75:
  %k79 = phi i64 [ 0, %nt.end.68 ], [ %k79.next, %k.latch.77 ]
  %k79.c = icmp slt i64 %k79, 18
  br i1 %k79.c, label %k.body.76, label %k.end.78
k.body.76:
  %v306 = mul nsw i64 %k79, 48
  %v307 = getelementptr inbounds float, ptr %v305, i64 %v306
  %v308 = mul nsw i64 %k79, 6
  %v309 = getelementptr inbounds float, ptr %v304, i64 %v308
  %v310 = load <8 x float>, ptr %v307, align 4
  %v311 = load float, ptr %v309, align 4
  %v312 = insertelement <8 x float> poison, float %v311, i64 0
  %v313 = shufflevector <8 x float> %v312, <8 x float> poison, <8 x i32> zeroinitializer
  %v314 = load <8 x float>, ptr %v297, align 4
  %v315 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v313, <8 x float> %v310, <8 x float> %v314)
  store <8 x float> %v315, ptr %v297, align 32
  %v316 = getelementptr inbounds float, ptr %v309, i64 1
  %v317 = load float, ptr %v316, align 4
  %v318 = insertelement <8 x float> poison, float %v317, i64 0
  %v319 = shufflevector <8 x float> %v318, <8 x float> poison, <8 x i32> zeroinitializer
  %v320 = load <8 x float>, ptr %v298, align 4
  %v321 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v319, <8 x float> %v310, <8 x float> %v320)
  store <8 x float> %v321, ptr %v298, align 32
  %v322 = getelementptr inbounds float, ptr %v309, i64 2
  %v323 = load float, ptr %v322, align 4
  %v324 = insertelement <8 x float> poison, float %v323, i64 0
  %v325 = shufflevector <8 x float> %v324, <8 x float> poison, <8 x i32> zeroinitializer
  %v326 = load <8 x float>, ptr %v299, align 4
  %v327 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v325, <8 x float> %v310, <8 x float> %v326)
  store <8 x float> %v327, ptr %v299, align 32
  %v328 = getelementptr inbounds float, ptr %v309, i64 3
  %v329 = load float, ptr %v328, align 4
  %v330 = insertelement <8 x float> poison, float %v329, i64 0
  %v331 = shufflevector <8 x float> %v330, <8 x float> poison, <8 x i32> zeroinitializer
  %v332 = load <8 x float>, ptr %v300, align 4
  %v333 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v331, <8 x float> %v310, <8 x float> %v332)
  store <8 x float> %v333, ptr %v300, align 32
  %v334 = getelementptr inbounds float, ptr %v309, i64 4
  %v335 = load float, ptr %v334, align 4
  %v336 = insertelement <8 x float> poison, float %v335, i64 0
  %v337 = shufflevector <8 x float> %v336, <8 x float> poison, <8 x i32> zeroinitializer
  %v338 = load <8 x float>, ptr %v301, align 4
  %v339 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v337, <8 x float> %v310, <8 x float> %v338)
  store <8 x float> %v339, ptr %v301, align 32
  %v340 = getelementptr inbounds float, ptr %v309, i64 5
  %v341 = load float, ptr %v340, align 4
  %v342 = insertelement <8 x float> poison, float %v341, i64 0
  %v343 = shufflevector <8 x float> %v342, <8 x float> poison, <8 x i32> zeroinitializer
  %v344 = load <8 x float>, ptr %v302, align 4
  %v345 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v343, <8 x float> %v310, <8 x float> %v344)
  store <8 x float> %v345, ptr %v302, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v346 = mul nsw i64 %mt64, 6
  %v347 = add nsw i64 %v346, 112
  %v348 = getelementptr inbounds float, ptr %w, i64 %v347
  %v349 = load float, ptr %v348, align 4
  %v350 = insertelement <8 x float> poison, float %v349, i64 0
  %v351 = shufflevector <8 x float> %v350, <8 x float> poison, <8 x i32> zeroinitializer
  %v352 = load <8 x float>, ptr %v297, align 4
  %v353 = fadd <8 x float> %v352, %v351
  %v354 = fcmp ogt <8 x float> %v353, zeroinitializer
  %v355 = select <8 x i1> %v354, <8 x float> %v353, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v355, ptr %v271, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v356 = mul nsw i64 %mt64, 6
  %v357 = add nsw i64 %v356, 1
  %v358 = add nsw i64 %v357, 112
  %v359 = getelementptr inbounds float, ptr %w, i64 %v358
  %v360 = load float, ptr %v359, align 4
  %v361 = insertelement <8 x float> poison, float %v360, i64 0
  %v362 = shufflevector <8 x float> %v361, <8 x float> poison, <8 x i32> zeroinitializer
  %v363 = load <8 x float>, ptr %v298, align 4
  %v364 = fadd <8 x float> %v363, %v362
  %v365 = fcmp ogt <8 x float> %v364, zeroinitializer
  %v366 = select <8 x i1> %v365, <8 x float> %v364, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v366, ptr %v276, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v367 = mul nsw i64 %mt64, 6
  %v368 = add nsw i64 %v367, 2
  %v369 = add nsw i64 %v368, 112
  %v370 = getelementptr inbounds float, ptr %w, i64 %v369
  %v371 = load float, ptr %v370, align 4
  %v372 = insertelement <8 x float> poison, float %v371, i64 0
  %v373 = shufflevector <8 x float> %v372, <8 x float> poison, <8 x i32> zeroinitializer
  %v374 = load <8 x float>, ptr %v299, align 4
  %v375 = fadd <8 x float> %v374, %v373
  %v376 = fcmp ogt <8 x float> %v375, zeroinitializer
  %v377 = select <8 x i1> %v376, <8 x float> %v375, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v377, ptr %v281, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v378 = mul nsw i64 %mt64, 6
  %v379 = add nsw i64 %v378, 3
  %v380 = add nsw i64 %v379, 112
  %v381 = getelementptr inbounds float, ptr %w, i64 %v380
  %v382 = load float, ptr %v381, align 4
  %v383 = insertelement <8 x float> poison, float %v382, i64 0
  %v384 = shufflevector <8 x float> %v383, <8 x float> poison, <8 x i32> zeroinitializer
  %v385 = load <8 x float>, ptr %v300, align 4
  %v386 = fadd <8 x float> %v385, %v384
  %v387 = fcmp ogt <8 x float> %v386, zeroinitializer
  %v388 = select <8 x i1> %v387, <8 x float> %v386, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v388, ptr %v286, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v389 = mul nsw i64 %mt64, 6
  %v390 = add nsw i64 %v389, 4
  %v391 = add nsw i64 %v390, 112
  %v392 = getelementptr inbounds float, ptr %w, i64 %v391
  %v393 = load float, ptr %v392, align 4
  %v394 = insertelement <8 x float> poison, float %v393, i64 0
  %v395 = shufflevector <8 x float> %v394, <8 x float> poison, <8 x i32> zeroinitializer
  %v396 = load <8 x float>, ptr %v301, align 4
  %v397 = fadd <8 x float> %v396, %v395
  %v398 = fcmp ogt <8 x float> %v397, zeroinitializer
  %v399 = select <8 x i1> %v398, <8 x float> %v397, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v399, ptr %v291, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v400 = mul nsw i64 %mt64, 6
  %v401 = add nsw i64 %v400, 5
  %v402 = add nsw i64 %v401, 112
  %v403 = getelementptr inbounds float, ptr %w, i64 %v402
  %v404 = load float, ptr %v403, align 4
  %v405 = insertelement <8 x float> poison, float %v404, i64 0
  %v406 = shufflevector <8 x float> %v405, <8 x float> poison, <8 x i32> zeroinitializer
  %v407 = load <8 x float>, ptr %v302, align 4
  %v408 = fadd <8 x float> %v407, %v406
  %v409 = fcmp ogt <8 x float> %v408, zeroinitializer
  %v410 = select <8 x i1> %v409, <8 x float> %v408, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v410, ptr %v296, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %mt.latch.62
mt.latch.62:
  %mt64.next = add nuw nsw i64 %mt64, 1
  br label %mt.head.60
mt.end.63:
  %v411 = icmp eq i64 %hi, 2
  br i1 %v411, label %then.80, label %endif.81
then.80:
  br label %nt.head.82
nt.head.82:
  %nt86 = phi i64 [ 0, %then.80 ], [ %nt86.next, %nt.latch.84 ]
  %nt86.c = icmp slt i64 %nt86, 2
  br i1 %nt86.c, label %nt.body.83, label %nt.end.85
nt.body.83:
  %v412 = mul nsw i64 %nt86, 16
  %v413 = getelementptr inbounds float, ptr %v3, i64 %v412
  %v414 = add nsw i64 36, %v412
  %v415 = getelementptr inbounds float, ptr %v3, i64 %v414
  store <8 x float> zeroinitializer, ptr %v416, align 32
  store <8 x float> zeroinitializer, ptr %v417, align 32
  store <8 x float> zeroinitializer, ptr %v418, align 32
  store <8 x float> zeroinitializer, ptr %v419, align 32
  %v420 = getelementptr inbounds float, ptr %s, i64 %v412
  br label %k.head.87
k.head.87:
  %k91 = phi i64 [ 0, %nt.body.83 ], [ %k91.next, %k.latch.89 ]
  %k91.c = icmp slt i64 %k91, 18
  br i1 %k91.c, label %k.body.88, label %k.end.90
k.body.88:
  %v421 = mul nsw i64 %k91, 48
  %v422 = getelementptr inbounds float, ptr %v420, i64 %v421
  %v423 = mul nsw i64 %k91, 6
  %v424 = getelementptr inbounds float, ptr %w, i64 %v423
  %v425 = load <8 x float>, ptr %v422, align 4
  %v426 = getelementptr inbounds float, ptr %v422, i64 8
  %v427 = load <8 x float>, ptr %v426, align 4
  %v428 = load float, ptr %v424, align 4
  %v429 = insertelement <8 x float> poison, float %v428, i64 0
  %v430 = shufflevector <8 x float> %v429, <8 x float> poison, <8 x i32> zeroinitializer
  %v431 = load <8 x float>, ptr %v416, align 4
  %v432 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v430, <8 x float> %v425, <8 x float> %v431)
  store <8 x float> %v432, ptr %v416, align 32
  %v433 = load <8 x float>, ptr %v417, align 4
  %v434 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v430, <8 x float> %v427, <8 x float> %v433)
  store <8 x float> %v434, ptr %v417, align 32
  %v435 = getelementptr inbounds float, ptr %v424, i64 1
  %v436 = load float, ptr %v435, align 4
  %v437 = insertelement <8 x float> poison, float %v436, i64 0
  %v438 = shufflevector <8 x float> %v437, <8 x float> poison, <8 x i32> zeroinitializer
  %v439 = load <8 x float>, ptr %v418, align 4
  %v440 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v438, <8 x float> %v425, <8 x float> %v439)
  store <8 x float> %v440, ptr %v418, align 32
  %v441 = load <8 x float>, ptr %v419, align 4
  %v442 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v438, <8 x float> %v427, <8 x float> %v441)
  store <8 x float> %v442, ptr %v419, align 32
  br label %k.latch.89
k.latch.89:
  %k91.next = add nuw nsw i64 %k91, 1
  br label %k.head.87
k.end.90:
  %v443 = getelementptr inbounds float, ptr %w, i64 112
  %v444 = load float, ptr %v443, align 4
  %v445 = insertelement <8 x float> poison, float %v444, i64 0
  %v446 = shufflevector <8 x float> %v445, <8 x float> poison, <8 x i32> zeroinitializer
  %v447 = load <8 x float>, ptr %v416, align 4
  %v448 = fadd <8 x float> %v447, %v446
  %v449 = fcmp ogt <8 x float> %v448, zeroinitializer
  %v450 = select <8 x i1> %v449, <8 x float> %v448, <8 x float> zeroinitializer
  store <8 x float> %v450, ptr %v413, align 4
  %v451 = load <8 x float>, ptr %v417, align 4
  %v452 = fadd <8 x float> %v451, %v446
  %v453 = fcmp ogt <8 x float> %v452, zeroinitializer
  %v454 = select <8 x i1> %v453, <8 x float> %v452, <8 x float> zeroinitializer
  %v455 = getelementptr inbounds float, ptr %v413, i64 8
  store <8 x float> %v454, ptr %v455, align 4
  %v456 = getelementptr inbounds float, ptr %w, i64 113
  %v457 = load float, ptr %v456, align 4
  %v458 = insertelement <8 x float> poison, float %v457, i64 0
  %v459 = shufflevector <8 x float> %v458, <8 x float> poison, <8 x i32> zeroinitializer
  %v460 = load <8 x float>, ptr %v418, align 4
  %v461 = fadd <8 x float> %v460, %v459
  %v462 = fcmp ogt <8 x float> %v461, zeroinitializer
  %v463 = select <8 x i1> %v462, <8 x float> %v461, <8 x float> zeroinitializer
  store <8 x float> %v463, ptr %v415, align 4
  %v464 = load <8 x float>, ptr %v419, align 4
  %v465 = fadd <8 x float> %v464, %v459
  %v466 = fcmp ogt <8 x float> %v465, zeroinitializer
  %v467 = select <8 x i1> %v466, <8 x float> %v465, <8 x float> zeroinitializer
  %v468 = getelementptr inbounds float, ptr %v415, i64 8
  store <8 x float> %v467, ptr %v468, align 4
  br label %nt.latch.84
nt.latch.84:
  %nt86.next = add nuw nsw i64 %nt86, 1
  br label %nt.head.82
nt.end.85:
  %v469 = getelementptr inbounds float, ptr %v3, i64 32
  %v470 = getelementptr inbounds float, ptr %v3, i64 68
  store <8 x float> zeroinitializer, ptr %v471, align 32
  store <8 x float> zeroinitializer, ptr %v472, align 32
  %v473 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.92
k.head.92:
  %k96 = phi i64 [ 0, %nt.end.85 ], [ %k96.next, %k.latch.94 ]
  %k96.c = icmp slt i64 %k96, 18
  br i1 %k96.c, label %k.body.93, label %k.end.95
k.body.93:
  %v474 = mul nsw i64 %k96, 48
  %v475 = getelementptr inbounds float, ptr %v473, i64 %v474
  %v476 = mul nsw i64 %k96, 6
  %v477 = getelementptr inbounds float, ptr %w, i64 %v476
  %v478 = load <8 x float>, ptr %v475, align 4
  %v479 = load float, ptr %v477, align 4
  %v480 = insertelement <8 x float> poison, float %v479, i64 0
  %v481 = shufflevector <8 x float> %v480, <8 x float> poison, <8 x i32> zeroinitializer
  %v482 = load <8 x float>, ptr %v471, align 4
  %v483 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v481, <8 x float> %v478, <8 x float> %v482)
  store <8 x float> %v483, ptr %v471, align 32
  %v484 = getelementptr inbounds float, ptr %v477, i64 1
  %v485 = load float, ptr %v484, align 4
  %v486 = insertelement <8 x float> poison, float %v485, i64 0
  %v487 = shufflevector <8 x float> %v486, <8 x float> poison, <8 x i32> zeroinitializer
  %v488 = load <8 x float>, ptr %v472, align 4
  %v489 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v487, <8 x float> %v478, <8 x float> %v488)
  store <8 x float> %v489, ptr %v472, align 32
  br label %k.latch.94
k.latch.94:
  %k96.next = add nuw nsw i64 %k96, 1
  br label %k.head.92
k.end.95:
  %v490 = getelementptr inbounds float, ptr %w, i64 112
  %v491 = load float, ptr %v490, align 4
  %v492 = insertelement <8 x float> poison, float %v491, i64 0
  %v493 = shufflevector <8 x float> %v492, <8 x float> poison, <8 x i32> zeroinitializer
  %v494 = load <8 x float>, ptr %v471, align 4
  %v495 = fadd <8 x float> %v494, %v493
  %v496 = fcmp ogt <8 x float> %v495, zeroinitializer
  %v497 = select <8 x i1> %v496, <8 x float> %v495, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v497, ptr %v469, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v498 = getelementptr inbounds float, ptr %w, i64 113
  %v499 = load float, ptr %v498, align 4
  %v500 = insertelement <8 x float> poison, float %v499, i64 0
  %v501 = shufflevector <8 x float> %v500, <8 x float> poison, <8 x i32> zeroinitializer
  %v502 = load <8 x float>, ptr %v472, align 4
  %v503 = fadd <8 x float> %v502, %v501
  %v504 = fcmp ogt <8 x float> %v503, zeroinitializer
  %v505 = select <8 x i1> %v504, <8 x float> %v503, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v505, ptr %v470, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif.81
endif.81:
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
  %v112 = alloca <8 x float>, align 32
  %v113 = alloca <8 x float>, align 32
  %v114 = alloca <8 x float>, align 32
  %v115 = alloca <8 x float>, align 32
  %v116 = alloca <8 x float>, align 32
  %v117 = alloca <8 x float>, align 32
  %v118 = alloca <8 x float>, align 32
  %v119 = alloca <8 x float>, align 32
  %v120 = alloca <8 x float>, align 32
  %v121 = alloca <8 x float>, align 32
  %v122 = alloca <8 x float>, align 32
  %v123 = alloca <8 x float>, align 32
  %v341 = alloca <8 x float>, align 32
  %v342 = alloca <8 x float>, align 32
  %v343 = alloca <8 x float>, align 32
  %v344 = alloca <8 x float>, align 32
  %v345 = alloca <8 x float>, align 32
  %v346 = alloca <8 x float>, align 32
  %v474 = alloca <8 x float>, align 32
  %v475 = alloca <8 x float>, align 32
  %v476 = alloca <8 x float>, align 32
  %v477 = alloca <8 x float>, align 32
  %v541 = alloca <8 x float>, align 32
  %v542 = alloca <8 x float>, align 32
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
  br label %ic.head.5
ic.head.5:
  %ic9 = phi i64 [ 0, %b.body.1 ], [ %ic9.next, %ic.latch.7 ]
  %ic9.c = icmp slt i64 %ic9, 2
  br i1 %ic9.c, label %ic.body.6, label %ic.end.8
ic.body.6:
  %v6 = mul nsw i64 %ic9, 36
  %v7 = getelementptr inbounds float, ptr %v1, i64 %v6
  br label %ky.head.10
ky.head.10:
  %ky14 = phi i64 [ 0, %ic.body.6 ], [ %ky14.next, %ky.latch.12 ]
  %ky14.c = icmp slt i64 %ky14, 3
  br i1 %ky14.c, label %ky.body.11, label %ky.end.13
ky.body.11:
  %v8 = mul nsw i64 %ic9, 9
  %v9 = mul nsw i64 %ky14, 3
  %v10 = add nsw i64 %v8, %v9
  %v11 = mul nsw i64 %v10, 48
  %v12 = getelementptr inbounds float, ptr %s, i64 %v11
  br label %r.head.15
r.head.15:
  %r19 = phi i64 [ 0, %ky.body.11 ], [ %r19.next, %r.latch.17 ]
  %r19.c = icmp slt i64 %r19, 6
  br i1 %r19.c, label %r.body.16, label %r.end.18
r.body.16:
  %v13 = add nsw i64 %r19, %ky14
  %v14 = add nsw i64 %v13, -1
  %v15 = mul nsw i64 %r19, 6
  %v16 = getelementptr inbounds float, ptr %v12, i64 %v15
  %v17 = icmp sge i64 %v14, 0
  %v18 = icmp slt i64 %v14, 6
  %v19 = and i1 %v17, %v18
  %v20 = select i1 %v19, i64 %v14, i64 0
  %v21 = mul nsw i64 %v20, 6
  %v22 = getelementptr inbounds float, ptr %v7, i64 %v21
  store float 0.0, ptr %v16, align 4
  br label %ow.head.20
ow.head.20:
  %ow24 = phi i64 [ 1, %r.body.16 ], [ %ow24.next, %ow.latch.22 ]
  %ow24.c = icmp slt i64 %ow24, 6
  br i1 %ow24.c, label %ow.body.21, label %ow.end.23
ow.body.21:
  %v23 = add nsw i64 %ow24, -1
  %v24 = getelementptr inbounds float, ptr %v22, i64 %v23
  %v25 = load float, ptr %v24, align 4
  %v26 = select i1 %v19, float %v25, float 0.0
  %v27 = getelementptr inbounds float, ptr %v16, i64 %ow24
  store float %v26, ptr %v27, align 4
  br label %ow.latch.22
ow.latch.22:
  %ow24.next = add nuw nsw i64 %ow24, 1
  br label %ow.head.20
ow.end.23:
  br label %r.latch.17
r.latch.17:
  %r19.next = add nuw nsw i64 %r19, 1
  br label %r.head.15
r.end.18:
  br label %z.head.25
z.head.25:
  %z29 = phi i64 [ 36, %r.end.18 ], [ %z29.next, %z.latch.27 ]
  %z29.c = icmp slt i64 %z29, 48
  br i1 %z29.c, label %z.body.26, label %z.end.28
z.body.26:
  %v28 = getelementptr inbounds float, ptr %v12, i64 %z29
  store float 0.0, ptr %v28, align 4
  br label %z.latch.27
z.latch.27:
  %z29.next = add nuw nsw i64 %z29, 1
  br label %z.head.25
z.end.28:
  %v29 = mul nsw i64 %ic9, 9
  %v30 = mul nsw i64 %ky14, 3
  %v31 = add nsw i64 %v29, %v30
  %v32 = add nsw i64 %v31, 1
  %v33 = mul nsw i64 %v32, 48
  %v34 = getelementptr inbounds float, ptr %s, i64 %v33
  br label %r.head.30
r.head.30:
  %r34 = phi i64 [ 0, %z.end.28 ], [ %r34.next, %r.latch.32 ]
  %r34.c = icmp slt i64 %r34, 6
  br i1 %r34.c, label %r.body.31, label %r.end.33
r.body.31:
  %v35 = add nsw i64 %r34, %ky14
  %v36 = add nsw i64 %v35, -1
  %v37 = mul nsw i64 %r34, 6
  %v38 = getelementptr inbounds float, ptr %v34, i64 %v37
  %v39 = icmp sge i64 %v36, 0
  %v40 = icmp slt i64 %v36, 6
  %v41 = and i1 %v39, %v40
  %v42 = select i1 %v41, i64 %v36, i64 0
  %v43 = mul nsw i64 %v42, 6
  %v44 = getelementptr inbounds float, ptr %v7, i64 %v43
  br label %ow.head.35
ow.head.35:
  %ow39 = phi i64 [ 0, %r.body.31 ], [ %ow39.next, %ow.latch.37 ]
  %ow39.c = icmp slt i64 %ow39, 6
  br i1 %ow39.c, label %ow.body.36, label %ow.end.38
ow.body.36:
  %v45 = getelementptr inbounds float, ptr %v44, i64 %ow39
  %v46 = load float, ptr %v45, align 4
  %v47 = select i1 %v41, float %v46, float 0.0
  %v48 = getelementptr inbounds float, ptr %v38, i64 %ow39
  store float %v47, ptr %v48, align 4
  br label %ow.latch.37
ow.latch.37:
  %ow39.next = add nuw nsw i64 %ow39, 1
  br label %ow.head.35
ow.end.38:
  br label %r.latch.32
r.latch.32:
  %r34.next = add nuw nsw i64 %r34, 1
  br label %r.head.30
r.end.33:
  br label %z.head.40
z.head.40:
  %z44 = phi i64 [ 36, %r.end.33 ], [ %z44.next, %z.latch.42 ]
  %z44.c = icmp slt i64 %z44, 48
  br i1 %z44.c, label %z.body.41, label %z.end.43
z.body.41:
  %v49 = getelementptr inbounds float, ptr %v34, i64 %z44
  store float 0.0, ptr %v49, align 4
  br label %z.latch.42
z.latch.42:
  %z44.next = add nuw nsw i64 %z44, 1
  br label %z.head.40
z.end.43:
  %v50 = mul nsw i64 %ic9, 9
  %v51 = mul nsw i64 %ky14, 3
  %v52 = add nsw i64 %v50, %v51
  %v53 = add nsw i64 %v52, 2
  %v54 = mul nsw i64 %v53, 48
  %v55 = getelementptr inbounds float, ptr %s, i64 %v54
  br label %r.head.45
r.head.45:
  %r49 = phi i64 [ 0, %z.end.43 ], [ %r49.next, %r.latch.47 ]
  %r49.c = icmp slt i64 %r49, 6
  br i1 %r49.c, label %r.body.46, label %r.end.48
r.body.46:
  %v56 = add nsw i64 %r49, %ky14
  %v57 = add nsw i64 %v56, -1
  %v58 = mul nsw i64 %r49, 6
  %v59 = getelementptr inbounds float, ptr %v55, i64 %v58
  %v60 = icmp sge i64 %v57, 0
  %v61 = icmp slt i64 %v57, 6
  %v62 = and i1 %v60, %v61
  %v63 = select i1 %v62, i64 %v57, i64 0
  %v64 = mul nsw i64 %v63, 6
  %v65 = getelementptr inbounds float, ptr %v7, i64 %v64
  %v66 = getelementptr inbounds float, ptr %v59, i64 5
  store float 0.0, ptr %v66, align 4
  br label %ow.head.50
ow.head.50:
  %ow54 = phi i64 [ 0, %r.body.46 ], [ %ow54.next, %ow.latch.52 ]
  %ow54.c = icmp slt i64 %ow54, 5
  br i1 %ow54.c, label %ow.body.51, label %ow.end.53
ow.body.51:
  %v67 = add nsw i64 %ow54, 1
  %v68 = getelementptr inbounds float, ptr %v65, i64 %v67
  %v69 = load float, ptr %v68, align 4
  %v70 = select i1 %v62, float %v69, float 0.0
  %v71 = getelementptr inbounds float, ptr %v59, i64 %ow54
  store float %v70, ptr %v71, align 4
  br label %ow.latch.52
ow.latch.52:
  %ow54.next = add nuw nsw i64 %ow54, 1
  br label %ow.head.50
ow.end.53:
  br label %r.latch.47
r.latch.47:
  %r49.next = add nuw nsw i64 %r49, 1
  br label %r.head.45
r.end.48:
  br label %z.head.55
z.head.55:
  %z59 = phi i64 [ 36, %r.end.48 ], [ %z59.next, %z.latch.57 ]
  %z59.c = icmp slt i64 %z59, 48
  br i1 %z59.c, label %z.body.56, label %z.end.58
z.body.56:
  %v72 = getelementptr inbounds float, ptr %v55, i64 %z59
  store float 0.0, ptr %v72, align 4
  br label %z.latch.57
z.latch.57:
  %z59.next = add nuw nsw i64 %z59, 1
  br label %z.head.55
z.end.58:
  br label %ky.latch.12
ky.latch.12:
  %ky14.next = add nuw nsw i64 %ky14, 1
  br label %ky.head.10
ky.end.13:
  br label %ic.latch.7
ic.latch.7:
  %ic9.next = add nuw nsw i64 %ic9, 1
  br label %ic.head.5
ic.end.8:
  %v73 = udiv i64 %hi, 6
  %v74 = call i64 @llvm.smin.i64(i64 %v73, i64 0)
  %v75 = udiv i64 %lo, 6
  br label %mt.head.60
mt.head.60:
  %mt64 = phi i64 [ %v75, %ic.end.8 ], [ %mt64.next, %mt.latch.62 ]
  %mt64.c = icmp slt i64 %mt64, %v74
  br i1 %mt64.c, label %mt.body.61, label %mt.end.63
mt.body.61:
  br label %nt.head.65
nt.head.65:
  %nt69 = phi i64 [ 0, %mt.body.61 ], [ %nt69.next, %nt.latch.67 ]
  %nt69.c = icmp slt i64 %nt69, 2
  br i1 %nt69.c, label %nt.body.66, label %nt.end.68
nt.body.66:
  %v76 = mul nsw i64 %nt69, 16
  %v77 = mul nsw i64 %mt64, 6
  %v78 = mul nsw i64 %v77, 36
  %v79 = add nsw i64 %v78, %v76
  %v80 = getelementptr inbounds float, ptr %v3, i64 %v79
  %v81 = getelementptr inbounds float, ptr %v5, i64 %v79
  %v82 = mul nsw i64 %mt64, 6
  %v83 = add nsw i64 %v82, 1
  %v84 = mul nsw i64 %v83, 36
  %v85 = add nsw i64 %v84, %v76
  %v86 = getelementptr inbounds float, ptr %v3, i64 %v85
  %v87 = getelementptr inbounds float, ptr %v5, i64 %v85
  %v88 = mul nsw i64 %mt64, 6
  %v89 = add nsw i64 %v88, 2
  %v90 = mul nsw i64 %v89, 36
  %v91 = add nsw i64 %v90, %v76
  %v92 = getelementptr inbounds float, ptr %v3, i64 %v91
  %v93 = getelementptr inbounds float, ptr %v5, i64 %v91
  %v94 = mul nsw i64 %mt64, 6
  %v95 = add nsw i64 %v94, 3
  %v96 = mul nsw i64 %v95, 36
  %v97 = add nsw i64 %v96, %v76
  %v98 = getelementptr inbounds float, ptr %v3, i64 %v97
  %v99 = getelementptr inbounds float, ptr %v5, i64 %v97
  %v100 = mul nsw i64 %mt64, 6
  %v101 = add nsw i64 %v100, 4
  %v102 = mul nsw i64 %v101, 36
  %v103 = add nsw i64 %v102, %v76
  %v104 = getelementptr inbounds float, ptr %v3, i64 %v103
  %v105 = getelementptr inbounds float, ptr %v5, i64 %v103
  %v106 = mul nsw i64 %mt64, 6
  %v107 = add nsw i64 %v106, 5
  %v108 = mul nsw i64 %v107, 36
  %v109 = add nsw i64 %v108, %v76
  %v110 = getelementptr inbounds float, ptr %v3, i64 %v109
  %v111 = getelementptr inbounds float, ptr %v5, i64 %v109
  store <8 x float> zeroinitializer, ptr %v112, align 32
  store <8 x float> zeroinitializer, ptr %v113, align 32
  store <8 x float> zeroinitializer, ptr %v114, align 32
  store <8 x float> zeroinitializer, ptr %v115, align 32
  store <8 x float> zeroinitializer, ptr %v116, align 32
  store <8 x float> zeroinitializer, ptr %v117, align 32
  store <8 x float> zeroinitializer, ptr %v118, align 32
  store <8 x float> zeroinitializer, ptr %v119, align 32
  store <8 x float> zeroinitializer, ptr %v120, align 32
  store <8 x float> zeroinitializer, ptr %v121, align 32
  store <8 x float> zeroinitializer, ptr %v122, align 32
  store <8 x float> zeroinitializer, ptr %v123, align 32
  %v124 = mul nsw i64 %mt64, 108
  %v125 = getelementptr inbounds float, ptr %w, i64 %v124
  %v126 = getelementptr inbounds float, ptr %s, i64 %v76
  br label %k.head.70
k.head.70:
  %k74 = phi i64 [ 0, %nt.body.66 ], [ %k74.next, %k.latch.72 ]
  %k74.c = icmp slt i64 %k74, 18
  br i1 %k74.c, label %k.body.71, label %k.end.73
k.body.71:
  %v127 = mul nsw i64 %k74, 48
  %v128 = getelementptr inbounds float, ptr %v126, i64 %v127
  %v129 = mul nsw i64 %k74, 6
  %v130 = getelementptr inbounds float, ptr %v125, i64 %v129
  %v131 = load <8 x float>, ptr %v128, align 4
  %v132 = getelementptr inbounds float, ptr %v128, i64 8
  %v133 = load <8 x float>, ptr %v132, align 4
  %v134 = load float, ptr %v130, align 4
  %v135 = insertelement <8 x float> poison, float %v134, i64 0
  %v136 = shufflevector <8 x float> %v135, <8 x float> poison, <8 x i32> zeroinitializer
  %v137 = load <8 x float>, ptr %v112, align 4
  %v138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v136, <8 x float> %v131, <8 x float> %v137)
  store <8 x float> %v138, ptr %v112, align 32
  %v139 = load <8 x float>, ptr %v113, align 4
  %v140 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v136, <8 x float> %v133, <8 x float> %v139)
  store <8 x float> %v140, ptr %v113, align 32
  %v141 = getelementptr inbounds float, ptr %v130, i64 1
  %v142 = load float, ptr %v141, align 4
  %v143 = insertelement <8 x float> poison, float %v142, i64 0
  %v144 = shufflevector <8 x float> %v143, <8 x float> poison, <8 x i32> zeroinitializer
  %v145 = load <8 x float>, ptr %v114, align 4
  %v146 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v144, <8 x float> %v131, <8 x float> %v145)
  store <8 x float> %v146, ptr %v114, align 32
  %v147 = load <8 x float>, ptr %v115, align 4
  %v148 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v144, <8 x float> %v133, <8 x float> %v147)
  store <8 x float> %v148, ptr %v115, align 32
  %v149 = getelementptr inbounds float, ptr %v130, i64 2
  %v150 = load float, ptr %v149, align 4
  %v151 = insertelement <8 x float> poison, float %v150, i64 0
  %v152 = shufflevector <8 x float> %v151, <8 x float> poison, <8 x i32> zeroinitializer
  %v153 = load <8 x float>, ptr %v116, align 4
  %v154 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v152, <8 x float> %v131, <8 x float> %v153)
  store <8 x float> %v154, ptr %v116, align 32
  %v155 = load <8 x float>, ptr %v117, align 4
  %v156 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v152, <8 x float> %v133, <8 x float> %v155)
  store <8 x float> %v156, ptr %v117, align 32
  %v157 = getelementptr inbounds float, ptr %v130, i64 3
  %v158 = load float, ptr %v157, align 4
  %v159 = insertelement <8 x float> poison, float %v158, i64 0
  %v160 = shufflevector <8 x float> %v159, <8 x float> poison, <8 x i32> zeroinitializer
  %v161 = load <8 x float>, ptr %v118, align 4
  %v162 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v160, <8 x float> %v131, <8 x float> %v161)
  store <8 x float> %v162, ptr %v118, align 32
  %v163 = load <8 x float>, ptr %v119, align 4
  %v164 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v160, <8 x float> %v133, <8 x float> %v163)
  store <8 x float> %v164, ptr %v119, align 32
  %v165 = getelementptr inbounds float, ptr %v130, i64 4
  %v166 = load float, ptr %v165, align 4
  %v167 = insertelement <8 x float> poison, float %v166, i64 0
  %v168 = shufflevector <8 x float> %v167, <8 x float> poison, <8 x i32> zeroinitializer
  %v169 = load <8 x float>, ptr %v120, align 4
  %v170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v168, <8 x float> %v131, <8 x float> %v169)
  store <8 x float> %v170, ptr %v120, align 32
  %v171 = load <8 x float>, ptr %v121, align 4
  %v172 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v168, <8 x float> %v133, <8 x float> %v171)
  store <8 x float> %v172, ptr %v121, align 32
  %v173 = getelementptr inbounds float, ptr %v130, i64 5
  %v174 = load float, ptr %v173, align 4
  %v175 = insertelement <8 x float> poison, float %v174, i64 0
  %v176 = shufflevector <8 x float> %v175, <8 x float> poison, <8 x i32> zeroinitializer
  %v177 = load <8 x float>, ptr %v122, align 4
  %v178 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v176, <8 x float> %v131, <8 x float> %v177)
  store <8 x float> %v178, ptr %v122, align 32
  %v179 = load <8 x float>, ptr %v123, align 4
  %v180 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v176, <8 x float> %v133, <8 x float> %v179)
  store <8 x float> %v180, ptr %v123, align 32
  br label %k.latch.72
k.latch.72:
  %k74.next = add nuw nsw i64 %k74, 1
  br label %k.head.70
k.end.73:
  %v181 = mul nsw i64 %mt64, 6
  %v182 = add nsw i64 %v181, 112
  %v183 = getelementptr inbounds float, ptr %w, i64 %v182
  %v184 = load float, ptr %v183, align 4
  %v185 = insertelement <8 x float> poison, float %v184, i64 0
  %v186 = shufflevector <8 x float> %v185, <8 x float> poison, <8 x i32> zeroinitializer
  %v187 = load <8 x float>, ptr %v112, align 4
  %v188 = fadd <8 x float> %v187, %v186
  %v189 = load <8 x float>, ptr %v81, align 4
  %v190 = fadd <8 x float> %v188, %v189
  %v191 = fcmp ogt <8 x float> %v190, zeroinitializer
  %v192 = select <8 x i1> %v191, <8 x float> %v190, <8 x float> zeroinitializer
  store <8 x float> %v192, ptr %v80, align 4
  %v193 = load <8 x float>, ptr %v113, align 4
  %v194 = fadd <8 x float> %v193, %v186
  %v195 = getelementptr inbounds float, ptr %v81, i64 8
  %v196 = load <8 x float>, ptr %v195, align 4
  %v197 = fadd <8 x float> %v194, %v196
  %v198 = fcmp ogt <8 x float> %v197, zeroinitializer
  %v199 = select <8 x i1> %v198, <8 x float> %v197, <8 x float> zeroinitializer
  %v200 = getelementptr inbounds float, ptr %v80, i64 8
  store <8 x float> %v199, ptr %v200, align 4
  %v201 = mul nsw i64 %mt64, 6
  %v202 = add nsw i64 %v201, 1
  %v203 = add nsw i64 %v202, 112
  %v204 = getelementptr inbounds float, ptr %w, i64 %v203
  %v205 = load float, ptr %v204, align 4
  %v206 = insertelement <8 x float> poison, float %v205, i64 0
  %v207 = shufflevector <8 x float> %v206, <8 x float> poison, <8 x i32> zeroinitializer
  %v208 = load <8 x float>, ptr %v114, align 4
  %v209 = fadd <8 x float> %v208, %v207
  %v210 = load <8 x float>, ptr %v87, align 4
  %v211 = fadd <8 x float> %v209, %v210
  %v212 = fcmp ogt <8 x float> %v211, zeroinitializer
  %v213 = select <8 x i1> %v212, <8 x float> %v211, <8 x float> zeroinitializer
  store <8 x float> %v213, ptr %v86, align 4
  %v214 = load <8 x float>, ptr %v115, align 4
  %v215 = fadd <8 x float> %v214, %v207
  %v216 = getelementptr inbounds float, ptr %v87, i64 8
  %v217 = load <8 x float>, ptr %v216, align 4
  %v218 = fadd <8 x float> %v215, %v217
  %v219 = fcmp ogt <8 x float> %v218, zeroinitializer
  %v220 = select <8 x i1> %v219, <8 x float> %v218, <8 x float> zeroinitializer
  %v221 = getelementptr inbounds float, ptr %v86, i64 8
  store <8 x float> %v220, ptr %v221, align 4
  %v222 = mul nsw i64 %mt64, 6
  %v223 = add nsw i64 %v222, 2
  %v224 = add nsw i64 %v223, 112
  %v225 = getelementptr inbounds float, ptr %w, i64 %v224
  %v226 = load float, ptr %v225, align 4
  %v227 = insertelement <8 x float> poison, float %v226, i64 0
  %v228 = shufflevector <8 x float> %v227, <8 x float> poison, <8 x i32> zeroinitializer
  %v229 = load <8 x float>, ptr %v116, align 4
  %v230 = fadd <8 x float> %v229, %v228
  %v231 = load <8 x float>, ptr %v93, align 4
  %v232 = fadd <8 x float> %v230, %v231
  %v233 = fcmp ogt <8 x float> %v232, zeroinitializer
  %v234 = select <8 x i1> %v233, <8 x float> %v232, <8 x float> zeroinitializer
  store <8 x float> %v234, ptr %v92, align 4
  %v235 = load <8 x float>, ptr %v117, align 4
  %v236 = fadd <8 x float> %v235, %v228
  %v237 = getelementptr inbounds float, ptr %v93, i64 8
  %v238 = load <8 x float>, ptr %v237, align 4
  %v239 = fadd <8 x float> %v236, %v238
  %v240 = fcmp ogt <8 x float> %v239, zeroinitializer
  %v241 = select <8 x i1> %v240, <8 x float> %v239, <8 x float> zeroinitializer
  %v242 = getelementptr inbounds float, ptr %v92, i64 8
  store <8 x float> %v241, ptr %v242, align 4
  %v243 = mul nsw i64 %mt64, 6
  %v244 = add nsw i64 %v243, 3
  %v245 = add nsw i64 %v244, 112
  %v246 = getelementptr inbounds float, ptr %w, i64 %v245
  %v247 = load float, ptr %v246, align 4
  %v248 = insertelement <8 x float> poison, float %v247, i64 0
  %v249 = shufflevector <8 x float> %v248, <8 x float> poison, <8 x i32> zeroinitializer
  %v250 = load <8 x float>, ptr %v118, align 4
  %v251 = fadd <8 x float> %v250, %v249
  %v252 = load <8 x float>, ptr %v99, align 4
  %v253 = fadd <8 x float> %v251, %v252
  %v254 = fcmp ogt <8 x float> %v253, zeroinitializer
  %v255 = select <8 x i1> %v254, <8 x float> %v253, <8 x float> zeroinitializer
  store <8 x float> %v255, ptr %v98, align 4
  %v256 = load <8 x float>, ptr %v119, align 4
  %v257 = fadd <8 x float> %v256, %v249
  %v258 = getelementptr inbounds float, ptr %v99, i64 8
  %v259 = load <8 x float>, ptr %v258, align 4
  %v260 = fadd <8 x float> %v257, %v259
  %v261 = fcmp ogt <8 x float> %v260, zeroinitializer
  %v262 = select <8 x i1> %v261, <8 x float> %v260, <8 x float> zeroinitializer
  %v263 = getelementptr inbounds float, ptr %v98, i64 8
  store <8 x float> %v262, ptr %v263, align 4
  %v264 = mul nsw i64 %mt64, 6
  %v265 = add nsw i64 %v264, 4
  %v266 = add nsw i64 %v265, 112
  %v267 = getelementptr inbounds float, ptr %w, i64 %v266
  %v268 = load float, ptr %v267, align 4
  %v269 = insertelement <8 x float> poison, float %v268, i64 0
  %v270 = shufflevector <8 x float> %v269, <8 x float> poison, <8 x i32> zeroinitializer
  %v271 = load <8 x float>, ptr %v120, align 4
  %v272 = fadd <8 x float> %v271, %v270
  %v273 = load <8 x float>, ptr %v105, align 4
  %v274 = fadd <8 x float> %v272, %v273
  %v275 = fcmp ogt <8 x float> %v274, zeroinitializer
  %v276 = select <8 x i1> %v275, <8 x float> %v274, <8 x float> zeroinitializer
  store <8 x float> %v276, ptr %v104, align 4
  %v277 = load <8 x float>, ptr %v121, align 4
  %v278 = fadd <8 x float> %v277, %v270
  %v279 = getelementptr inbounds float, ptr %v105, i64 8
  %v280 = load <8 x float>, ptr %v279, align 4
  %v281 = fadd <8 x float> %v278, %v280
  %v282 = fcmp ogt <8 x float> %v281, zeroinitializer
  %v283 = select <8 x i1> %v282, <8 x float> %v281, <8 x float> zeroinitializer
  %v284 = getelementptr inbounds float, ptr %v104, i64 8
  store <8 x float> %v283, ptr %v284, align 4
  %v285 = mul nsw i64 %mt64, 6
  %v286 = add nsw i64 %v285, 5
  %v287 = add nsw i64 %v286, 112
  %v288 = getelementptr inbounds float, ptr %w, i64 %v287
  %v289 = load float, ptr %v288, align 4
  %v290 = insertelement <8 x float> poison, float %v289, i64 0
  %v291 = shufflevector <8 x float> %v290, <8 x float> poison, <8 x i32> zeroinitializer
  %v292 = load <8 x float>, ptr %v122, align 4
  %v293 = fadd <8 x float> %v292, %v291
  %v294 = load <8 x float>, ptr %v111, align 4
  %v295 = fadd <8 x float> %v293, %v294
  %v296 = fcmp ogt <8 x float> %v295, zeroinitializer
  %v297 = select <8 x i1> %v296, <8 x float> %v295, <8 x float> zeroinitializer
  store <8 x float> %v297, ptr %v110, align 4
  %v298 = load <8 x float>, ptr %v123, align 4
  %v299 = fadd <8 x float> %v298, %v291
  %v300 = getelementptr inbounds float, ptr %v111, i64 8
  %v301 = load <8 x float>, ptr %v300, align 4
  %v302 = fadd <8 x float> %v299, %v301
  %v303 = fcmp ogt <8 x float> %v302, zeroinitializer
  %v304 = select <8 x i1> %v303, <8 x float> %v302, <8 x float> zeroinitializer
  %v305 = getelementptr inbounds float, ptr %v110, i64 8
  store <8 x float> %v304, ptr %v305, align 4
  br label %nt.latch.67
nt.latch.67:
  %nt69.next = add nuw nsw i64 %nt69, 1
  br label %nt.head.65
nt.end.68:
  %v306 = mul nsw i64 %mt64, 6
  %v307 = mul nsw i64 %v306, 36
  %v308 = add nsw i64 %v307, 32
  %v309 = getelementptr inbounds float, ptr %v3, i64 %v308
  %v310 = getelementptr inbounds float, ptr %v5, i64 %v308
  %v311 = mul nsw i64 %mt64, 6
  %v312 = add nsw i64 %v311, 1
  %v313 = mul nsw i64 %v312, 36
  %v314 = add nsw i64 %v313, 32
  %v315 = getelementptr inbounds float, ptr %v3, i64 %v314
  %v316 = getelementptr inbounds float, ptr %v5, i64 %v314
  %v317 = mul nsw i64 %mt64, 6
  %v318 = add nsw i64 %v317, 2
  %v319 = mul nsw i64 %v318, 36
  %v320 = add nsw i64 %v319, 32
  %v321 = getelementptr inbounds float, ptr %v3, i64 %v320
  %v322 = getelementptr inbounds float, ptr %v5, i64 %v320
  %v323 = mul nsw i64 %mt64, 6
  %v324 = add nsw i64 %v323, 3
  %v325 = mul nsw i64 %v324, 36
  %v326 = add nsw i64 %v325, 32
  %v327 = getelementptr inbounds float, ptr %v3, i64 %v326
  %v328 = getelementptr inbounds float, ptr %v5, i64 %v326
  %v329 = mul nsw i64 %mt64, 6
  %v330 = add nsw i64 %v329, 4
  %v331 = mul nsw i64 %v330, 36
  %v332 = add nsw i64 %v331, 32
  %v333 = getelementptr inbounds float, ptr %v3, i64 %v332
  %v334 = getelementptr inbounds float, ptr %v5, i64 %v332
  %v335 = mul nsw i64 %mt64, 6
  %v336 = add nsw i64 %v335, 5
  %v337 = mul nsw i64 %v336, 36
  %v338 = add nsw i64 %v337, 32
  %v339 = getelementptr inbounds float, ptr %v3, i64 %v338
  %v340 = getelementptr inbounds float, ptr %v5, i64 %v338
  store <8 x float> zeroinitializer, ptr %v341, align 32
  store <8 x float> zeroinitializer, ptr %v342, align 32
  store <8 x float> zeroinitializer, ptr %v343, align 32
  store <8 x float> zeroinitializer, ptr %v344, align 32
  store <8 x float> zeroinitializer, ptr %v345, align 32
  store <8 x float> zeroinitializer, ptr %v346, align 32
  %v347 = mul nsw i64 %mt64, 108
  %v348 = getelementptr inbounds float, ptr %w, i64 %v347
  %v349 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.75
k.head.75:
  %k79 = phi i64 [ 0, %nt.end.68 ], [ %k79.next, %k.latch.77 ]
  %k79.c = icmp slt i64 %k79, 18
  br i1 %k79.c, label %k.body.76, label %k.end.78
k.body.76:
  %v350 = mul nsw i64 %k79, 48
  %v351 = getelementptr inbounds float, ptr %v349, i64 %v350
  %v352 = mul nsw i64 %k79, 6
  %v353 = getelementptr inbounds float, ptr %v348, i64 %v352
  %v354 = load <8 x float>, ptr %v351, align 4
  %v355 = load float, ptr %v353, align 4
  %v356 = insertelement <8 x float> poison, float %v355, i64 0
  %v357 = shufflevector <8 x float> %v356, <8 x float> poison, <8 x i32> zeroinitializer
  %v358 = load <8 x float>, ptr %v341, align 4
  %v359 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v357, <8 x float> %v354, <8 x float> %v358)
  store <8 x float> %v359, ptr %v341, align 32
  %v360 = getelementptr inbounds float, ptr %v353, i64 1
  %v361 = load float, ptr %v360, align 4
  %v362 = insertelement <8 x float> poison, float %v361, i64 0
  %v363 = shufflevector <8 x float> %v362, <8 x float> poison, <8 x i32> zeroinitializer
  %v364 = load <8 x float>, ptr %v342, align 4
  %v365 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v363, <8 x float> %v354, <8 x float> %v364)
  store <8 x float> %v365, ptr %v342, align 32
  %v366 = getelementptr inbounds float, ptr %v353, i64 2
  %v367 = load float, ptr %v366, align 4
  %v368 = insertelement <8 x float> poison, float %v367, i64 0
  %v369 = shufflevector <8 x float> %v368, <8 x float> poison, <8 x i32> zeroinitializer
  %v370 = load <8 x float>, ptr %v343, align 4
  %v371 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v369, <8 x float> %v354, <8 x float> %v370)
  store <8 x float> %v371, ptr %v343, align 32
  %v372 = getelementptr inbounds float, ptr %v353, i64 3
  %v373 = load float, ptr %v372, align 4
  %v374 = insertelement <8 x float> poison, float %v373, i64 0
  %v375 = shufflevector <8 x float> %v374, <8 x float> poison, <8 x i32> zeroinitializer
  %v376 = load <8 x float>, ptr %v344, align 4
  %v377 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v375, <8 x float> %v354, <8 x float> %v376)
  store <8 x float> %v377, ptr %v344, align 32
  %v378 = getelementptr inbounds float, ptr %v353, i64 4
  %v379 = load float, ptr %v378, align 4
  %v380 = insertelement <8 x float> poison, float %v379, i64 0
  %v381 = shufflevector <8 x float> %v380, <8 x float> poison, <8 x i32> zeroinitializer
  %v382 = load <8 x float>, ptr %v345, align 4
  %v383 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v381, <8 x float> %v354, <8 x float> %v382)
  store <8 x float> %v383, ptr %v345, align 32
  %v384 = getelementptr inbounds float, ptr %v353, i64 5
  %v385 = load float, ptr %v384, align 4
  %v386 = insertelement <8 x float> poison, float %v385, i64 0
  %v387 = shufflevector <8 x float> %v386, <8 x float> poison, <8 x i32> zeroinitializer
  %v388 = load <8 x float>, ptr %v346, align 4
  %v389 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v387, <8 x float> %v354, <8 x float> %v388)
  store <8 x float> %v389, ptr %v346, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v390 = mul nsw i64 %mt64, 6
  %v391 = add nsw i64 %v390, 112
  %v392 = getelementptr inbounds float, ptr %w, i64 %v391
  %v393 = load float, ptr %v392, align 4
  %v394 = insertelement <8 x float> poison, float %v393, i64 0
  %v395 = shufflevector <8 x float> %v394, <8 x float> poison, <8 x i32> zeroinitializer
  %v396 = load <8 x float>, ptr %v341, align 4
  %v397 = fadd <8 x float> %v396, %v395
  %v398 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v310, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v399 = fadd <8 x float> %v397, %v398
  %v400 = fcmp ogt <8 x float> %v399, zeroinitializer
  %v401 = select <8 x i1> %v400, <8 x float> %v399, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v401, ptr %v309, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v402 = mul nsw i64 %mt64, 6
  %v403 = add nsw i64 %v402, 1
  %v404 = add nsw i64 %v403, 112
  %v405 = getelementptr inbounds float, ptr %w, i64 %v404
  %v406 = load float, ptr %v405, align 4
  %v407 = insertelement <8 x float> poison, float %v406, i64 0
  %v408 = shufflevector <8 x float> %v407, <8 x float> poison, <8 x i32> zeroinitializer
  %v409 = load <8 x float>, ptr %v342, align 4
  %v410 = fadd <8 x float> %v409, %v408
  %v411 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v316, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v412 = fadd <8 x float> %v410, %v411
  %v413 = fcmp ogt <8 x float> %v412, zeroinitializer
  %v414 = select <8 x i1> %v413, <8 x float> %v412, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v414, ptr %v315, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v415 = mul nsw i64 %mt64, 6
  %v416 = add nsw i64 %v415, 2
  %v417 = add nsw i64 %v416, 112
  %v418 = getelementptr inbounds float, ptr %w, i64 %v417
  %v419 = load float, ptr %v418, align 4
  %v420 = insertelement <8 x float> poison, float %v419, i64 0
  %v421 = shufflevector <8 x float> %v420, <8 x float> poison, <8 x i32> zeroinitializer
  %v422 = load <8 x float>, ptr %v343, align 4
  %v423 = fadd <8 x float> %v422, %v421
  %v424 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v322, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v425 = fadd <8 x float> %v423, %v424
  %v426 = fcmp ogt <8 x float> %v425, zeroinitializer
  %v427 = select <8 x i1> %v426, <8 x float> %v425, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v427, ptr %v321, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v428 = mul nsw i64 %mt64, 6
  %v429 = add nsw i64 %v428, 3
  %v430 = add nsw i64 %v429, 112
  %v431 = getelementptr inbounds float, ptr %w, i64 %v430
  %v432 = load float, ptr %v431, align 4
  %v433 = insertelement <8 x float> poison, float %v432, i64 0
  %v434 = shufflevector <8 x float> %v433, <8 x float> poison, <8 x i32> zeroinitializer
  %v435 = load <8 x float>, ptr %v344, align 4
  %v436 = fadd <8 x float> %v435, %v434
  %v437 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v328, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v438 = fadd <8 x float> %v436, %v437
  %v439 = fcmp ogt <8 x float> %v438, zeroinitializer
  %v440 = select <8 x i1> %v439, <8 x float> %v438, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v440, ptr %v327, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v441 = mul nsw i64 %mt64, 6
  %v442 = add nsw i64 %v441, 4
  %v443 = add nsw i64 %v442, 112
  %v444 = getelementptr inbounds float, ptr %w, i64 %v443
  %v445 = load float, ptr %v444, align 4
  %v446 = insertelement <8 x float> poison, float %v445, i64 0
  %v447 = shufflevector <8 x float> %v446, <8 x float> poison, <8 x i32> zeroinitializer
  %v448 = load <8 x float>, ptr %v345, align 4
  %v449 = fadd <8 x float> %v448, %v447
  %v450 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v334, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v451 = fadd <8 x float> %v449, %v450
  %v452 = fcmp ogt <8 x float> %v451, zeroinitializer
  %v453 = select <8 x i1> %v452, <8 x float> %v451, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v453, ptr %v333, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v454 = mul nsw i64 %mt64, 6
  %v455 = add nsw i64 %v454, 5
  %v456 = add nsw i64 %v455, 112
  %v457 = getelementptr inbounds float, ptr %w, i64 %v456
  %v458 = load float, ptr %v457, align 4
  %v459 = insertelement <8 x float> poison, float %v458, i64 0
  %v460 = shufflevector <8 x float> %v459, <8 x float> poison, <8 x i32> zeroinitializer
  %v461 = load <8 x float>, ptr %v346, align 4
  %v462 = fadd <8 x float> %v461, %v460
  %v463 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v340, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v464 = fadd <8 x float> %v462, %v463
  %v465 = fcmp ogt <8 x float> %v464, zeroinitializer
  %v466 = select <8 x i1> %v465, <8 x float> %v464, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v466, ptr %v339, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %mt.latch.62
mt.latch.62:
  %mt64.next = add nuw nsw i64 %mt64, 1
  br label %mt.head.60
mt.end.63:
  %v467 = icmp eq i64 %hi, 2
  br i1 %v467, label %then.80, label %endif.81
then.80:
  br label %nt.head.82
nt.head.82:
  %nt86 = phi i64 [ 0, %then.80 ], [ %nt86.next, %nt.latch.84 ]
  %nt86.c = icmp slt i64 %nt86, 2
  br i1 %nt86.c, label %nt.body.83, label %nt.end.85
nt.body.83:
  %v468 = mul nsw i64 %nt86, 16
  %v469 = getelementptr inbounds float, ptr %v3, i64 %v468
  %v470 = getelementptr inbounds float, ptr %v5, i64 %v468
  %v471 = add nsw i64 36, %v468
  %v472 = getelementptr inbounds float, ptr %v3, i64 %v471
  %v473 = getelementptr inbounds float, ptr %v5, i64 %v471
  store <8 x float> zeroinitializer, ptr %v474, align 32
  store <8 x float> zeroinitializer, ptr %v475, align 32
  store <8 x float> zeroinitializer, ptr %v476, align 32
  store <8 x float> zeroinitializer, ptr %v477, align 32
  %v478 = getelementptr inbounds float, ptr %s, i64 %v468
  br label %k.head.87
k.head.87:
  %k91 = phi i64 [ 0, %nt.body.83 ], [ %k91.next, %k.latch.89 ]
  %k91.c = icmp slt i64 %k91, 18
  br i1 %k91.c, label %k.body.88, label %k.end.90
k.body.88:
  %v479 = mul nsw i64 %k91, 48
  %v480 = getelementptr inbounds float, ptr %v478, i64 %v479
  %v481 = mul nsw i64 %k91, 6
  %v482 = getelementptr inbounds float, ptr %w, i64 %v481
  %v483 = load <8 x float>, ptr %v480, align 4
  %v484 = getelementptr inbounds float, ptr %v480, i64 8
  %v485 = load <8 x float>, ptr %v484, align 4
  %v486 = load float, ptr %v482, align 4
  %v487 = insertelement <8 x float> poison, float %v486, i64 0
  %v488 = shufflevector <8 x float> %v487, <8 x float> poison, <8 x i32> zeroinitializer
  %v489 = load <8 x float>, ptr %v474, align 4
  %v490 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v488, <8 x float> %v483, <8 x float> %v489)
  store <8 x float> %v490, ptr %v474, align 32
  %v491 = load <8 x float>, ptr %v475, align 4
  %v492 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v488, <8 x float> %v485, <8 x float> %v491)
  store <8 x float> %v492, ptr %v475, align 32
  %v493 = getelementptr inbounds float, ptr %v482, i64 1
  %v494 = load float, ptr %v493, align 4
  %v495 = insertelement <8 x float> poison, float %v494, i64 0
  %v496 = shufflevector <8 x float> %v495, <8 x float> poison, <8 x i32> zeroinitializer
  %v497 = load <8 x float>, ptr %v476, align 4
  %v498 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v496, <8 x float> %v483, <8 x float> %v497)
  store <8 x float> %v498, ptr %v476, align 32
  %v499 = load <8 x float>, ptr %v477, align 4
  %v500 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v496, <8 x float> %v485, <8 x float> %v499)
  store <8 x float> %v500, ptr %v477, align 32
  br label %k.latch.89
k.latch.89:
  %k91.next = add nuw nsw i64 %k91, 1
  br label %k.head.87
k.end.90:
  %v501 = getelementptr inbounds float, ptr %w, i64 112
  %v502 = load float, ptr %v501, align 4
  %v503 = insertelement <8 x float> poison, float %v502, i64 0
  %v504 = shufflevector <8 x float> %v503, <8 x float> poison, <8 x i32> zeroinitializer
  %v505 = load <8 x float>, ptr %v474, align 4
  %v506 = fadd <8 x float> %v505, %v504
  %v507 = load <8 x float>, ptr %v470, align 4
  %v508 = fadd <8 x float> %v506, %v507
  %v509 = fcmp ogt <8 x float> %v508, zeroinitializer
  %v510 = select <8 x i1> %v509, <8 x float> %v508, <8 x float> zeroinitializer
  store <8 x float> %v510, ptr %v469, align 4
  %v511 = load <8 x float>, ptr %v475, align 4
  %v512 = fadd <8 x float> %v511, %v504
  %v513 = getelementptr inbounds float, ptr %v470, i64 8
  %v514 = load <8 x float>, ptr %v513, align 4
  %v515 = fadd <8 x float> %v512, %v514
  %v516 = fcmp ogt <8 x float> %v515, zeroinitializer
  %v517 = select <8 x i1> %v516, <8 x float> %v515, <8 x float> zeroinitializer
  %v518 = getelementptr inbounds float, ptr %v469, i64 8
  store <8 x float> %v517, ptr %v518, align 4
  %v519 = getelementptr inbounds float, ptr %w, i64 113
  %v520 = load float, ptr %v519, align 4
  %v521 = insertelement <8 x float> poison, float %v520, i64 0
  %v522 = shufflevector <8 x float> %v521, <8 x float> poison, <8 x i32> zeroinitializer
  %v523 = load <8 x float>, ptr %v476, align 4
  %v524 = fadd <8 x float> %v523, %v522
  %v525 = load <8 x float>, ptr %v473, align 4
  %v526 = fadd <8 x float> %v524, %v525
  %v527 = fcmp ogt <8 x float> %v526, zeroinitializer
  %v528 = select <8 x i1> %v527, <8 x float> %v526, <8 x float> zeroinitializer
  store <8 x float> %v528, ptr %v472, align 4
  %v529 = load <8 x float>, ptr %v477, align 4
  %v530 = fadd <8 x float> %v529, %v522
  %v531 = getelementptr inbounds float, ptr %v473, i64 8
  %v532 = load <8 x float>, ptr %v531, align 4
  %v533 = fadd <8 x float> %v530, %v532
  %v534 = fcmp ogt <8 x float> %v533, zeroinitializer
  %v535 = select <8 x i1> %v534, <8 x float> %v533, <8 x float> zeroinitializer
  %v536 = getelementptr inbounds float, ptr %v472, i64 8
  store <8 x float> %v535, ptr %v536, align 4
  br label %nt.latch.84
nt.latch.84:
  %nt86.next = add nuw nsw i64 %nt86, 1
  br label %nt.head.82
nt.end.85:
  %v537 = getelementptr inbounds float, ptr %v3, i64 32
  %v538 = getelementptr inbounds float, ptr %v5, i64 32
  %v539 = getelementptr inbounds float, ptr %v3, i64 68
  %v540 = getelementptr inbounds float, ptr %v5, i64 68
  store <8 x float> zeroinitializer, ptr %v541, align 32
  store <8 x float> zeroinitializer, ptr %v542, align 32
  %v543 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.92
k.head.92:
  %k96 = phi i64 [ 0, %nt.end.85 ], [ %k96.next, %k.latch.94 ]
  %k96.c = icmp slt i64 %k96, 18
  br i1 %k96.c, label %k.body.93, label %k.end.95
k.body.93:
  %v544 = mul nsw i64 %k96, 48
  %v545 = getelementptr inbounds float, ptr %v543, i64 %v544
  %v546 = mul nsw i64 %k96, 6
  %v547 = getelementptr inbounds float, ptr %w, i64 %v546
  %v548 = load <8 x float>, ptr %v545, align 4
  %v549 = load float, ptr %v547, align 4
  %v550 = insertelement <8 x float> poison, float %v549, i64 0
  %v551 = shufflevector <8 x float> %v550, <8 x float> poison, <8 x i32> zeroinitializer
  %v552 = load <8 x float>, ptr %v541, align 4
  %v553 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v551, <8 x float> %v548, <8 x float> %v552)
  store <8 x float> %v553, ptr %v541, align 32
  %v554 = getelementptr inbounds float, ptr %v547, i64 1
  %v555 = load float, ptr %v554, align 4
  %v556 = insertelement <8 x float> poison, float %v555, i64 0
  %v557 = shufflevector <8 x float> %v556, <8 x float> poison, <8 x i32> zeroinitializer
  %v558 = load <8 x float>, ptr %v542, align 4
  %v559 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v557, <8 x float> %v548, <8 x float> %v558)
  store <8 x float> %v559, ptr %v542, align 32
  br label %k.latch.94
k.latch.94:
  %k96.next = add nuw nsw i64 %k96, 1
  br label %k.head.92
k.end.95:
  %v560 = getelementptr inbounds float, ptr %w, i64 112
  %v561 = load float, ptr %v560, align 4
  %v562 = insertelement <8 x float> poison, float %v561, i64 0
  %v563 = shufflevector <8 x float> %v562, <8 x float> poison, <8 x i32> zeroinitializer
  %v564 = load <8 x float>, ptr %v541, align 4
  %v565 = fadd <8 x float> %v564, %v563
  %v566 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v538, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v567 = fadd <8 x float> %v565, %v566
  %v568 = fcmp ogt <8 x float> %v567, zeroinitializer
  %v569 = select <8 x i1> %v568, <8 x float> %v567, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v569, ptr %v537, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v570 = getelementptr inbounds float, ptr %w, i64 113
  %v571 = load float, ptr %v570, align 4
  %v572 = insertelement <8 x float> poison, float %v571, i64 0
  %v573 = shufflevector <8 x float> %v572, <8 x float> poison, <8 x i32> zeroinitializer
  %v574 = load <8 x float>, ptr %v542, align 4
  %v575 = fadd <8 x float> %v574, %v573
  %v576 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v540, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v577 = fadd <8 x float> %v575, %v576
  %v578 = fcmp ogt <8 x float> %v577, zeroinitializer
  %v579 = select <8 x i1> %v578, <8 x float> %v577, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v579, ptr %v539, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %endif.81
endif.81:
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
  %scratch2 = getelementptr inbounds float, ptr %scratch, i64 864
  call void @k0_0(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %in, i64 0, i64 2)
  %v1 = getelementptr inbounds float, ptr %w, i64 128
  %v2 = mul nsw i64 %n, 72
  %v3 = getelementptr inbounds float, ptr %arena, i64 %v2
  call void @k1_2(ptr %v1, ptr %scratch, i64 %n, ptr %v3, ptr %arena, ptr %in, i64 0, i64 2)
  %v4 = mul nsw i64 %n, 72
  %v5 = getelementptr inbounds float, ptr %arena, i64 %v4
  call void @k2_5(ptr %w, ptr %scratch, i64 %n, ptr %arena, ptr %v5)
  %v6 = mul nsw i64 %n, 18
  %v7 = getelementptr inbounds float, ptr %arena, i64 %v6
  call void @k3_6(ptr %w, ptr %scratch, i64 %n, ptr %v7, ptr %arena)
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
  ret i64 1872
}

define i64 @netc_tiny_input_floats() {
  ret i64 72
}

declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.masked.load.v8f32.p0(ptr, i32 immarg, <8 x i1>, <8 x float>)
declare float @llvm.maximum.f32(float, float)
declare i64 @llvm.smax.i64(i64, i64)
declare i64 @llvm.smin.i64(i64, i64)
declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr, i32 immarg, <8 x i1>)

attributes #0 = { noinline nounwind }
