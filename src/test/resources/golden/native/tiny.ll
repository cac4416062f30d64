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
  %v124 = alloca <8 x float>, align 32
  %v342 = alloca <8 x float>, align 32
  %v343 = alloca <8 x float>, align 32
  %v344 = alloca <8 x float>, align 32
  %v345 = alloca <8 x float>, align 32
  %v346 = alloca <8 x float>, align 32
  %v347 = alloca <8 x float>, align 32
  %v475 = alloca <8 x float>, align 32
  %v476 = alloca <8 x float>, align 32
  %v477 = alloca <8 x float>, align 32
  %v478 = alloca <8 x float>, align 32
  %v542 = alloca <8 x float>, align 32
  %v543 = alloca <8 x float>, align 32
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
  %v73 = getelementptr inbounds float, ptr %w, i64 128
  %v74 = udiv i64 %hi, 6
  %v75 = call i64 @llvm.smin.i64(i64 %v74, i64 0)
  %v76 = udiv i64 %lo, 6
  br label %mt.head.60
mt.head.60:
  %mt64 = phi i64 [ %v76, %ic.end.8 ], [ %mt64.next, %mt.latch.62 ]
  %mt64.c = icmp slt i64 %mt64, %v75
  br i1 %mt64.c, label %mt.body.61, label %mt.end.63
mt.body.61:
  br label %nt.head.65
nt.head.65:
  %nt69 = phi i64 [ 0, %mt.body.61 ], [ %nt69.next, %nt.latch.67 ]
  %nt69.c = icmp slt i64 %nt69, 2
  br i1 %nt69.c, label %nt.body.66, label %nt.end.68
nt.body.66:
  %v77 = mul nsw i64 %nt69, 16
  %v78 = mul nsw i64 %mt64, 6
  %v79 = mul nsw i64 %v78, 36
  %v80 = add nsw i64 %v79, %v77
  %v81 = getelementptr inbounds float, ptr %v3, i64 %v80
  %v82 = getelementptr inbounds float, ptr %v5, i64 %v80
  %v83 = mul nsw i64 %mt64, 6
  %v84 = add nsw i64 %v83, 1
  %v85 = mul nsw i64 %v84, 36
  %v86 = add nsw i64 %v85, %v77
  %v87 = getelementptr inbounds float, ptr %v3, i64 %v86
  %v88 = getelementptr inbounds float, ptr %v5, i64 %v86
  %v89 = mul nsw i64 %mt64, 6
  %v90 = add nsw i64 %v89, 2
  %v91 = mul nsw i64 %v90, 36
  %v92 = add nsw i64 %v91, %v77
  %v93 = getelementptr inbounds float, ptr %v3, i64 %v92
  %v94 = getelementptr inbounds float, ptr %v5, i64 %v92
  %v95 = mul nsw i64 %mt64, 6
  %v96 = add nsw i64 %v95, 3
  %v97 = mul nsw i64 %v96, 36
  %v98 = add nsw i64 %v97, %v77
  %v99 = getelementptr inbounds float, ptr %v3, i64 %v98
  %v100 = getelementptr inbounds float, ptr %v5, i64 %v98
  %v101 = mul nsw i64 %mt64, 6
  %v102 = add nsw i64 %v101, 4
  %v103 = mul nsw i64 %v102, 36
  %v104 = add nsw i64 %v103, %v77
  %v105 = getelementptr inbounds float, ptr %v3, i64 %v104
  %v106 = getelementptr inbounds float, ptr %v5, i64 %v104
  %v107 = mul nsw i64 %mt64, 6
  %v108 = add nsw i64 %v107, 5
  %v109 = mul nsw i64 %v108, 36
  %v110 = add nsw i64 %v109, %v77
  %v111 = getelementptr inbounds float, ptr %v3, i64 %v110
  %v112 = getelementptr inbounds float, ptr %v5, i64 %v110
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
  store <8 x float> zeroinitializer, ptr %v124, align 32
  %v125 = mul nsw i64 %mt64, 108
  %v126 = getelementptr inbounds float, ptr %v73, i64 %v125
  %v127 = getelementptr inbounds float, ptr %s, i64 %v77
  br label %k.head.70
k.head.70:
  %k74 = phi i64 [ 0, %nt.body.66 ], [ %k74.next, %k.latch.72 ]
  %k74.c = icmp slt i64 %k74, 18
  br i1 %k74.c, label %k.body.71, label %k.end.73
k.body.71:
  %v128 = mul nsw i64 %k74, 48
  %v129 = getelementptr inbounds float, ptr %v127, i64 %v128
  %v130 = mul nsw i64 %k74, 6
  %v131 = getelementptr inbounds float, ptr %v126, i64 %v130
  %v132 = load <8 x float>, ptr %v129, align 4
  %v133 = getelementptr inbounds float, ptr %v129, i64 8
  %v134 = load <8 x float>, ptr %v133, align 4
  %v135 = load float, ptr %v131, align 4
  %v136 = insertelement <8 x float> poison, float %v135, i64 0
  %v137 = shufflevector <8 x float> %v136, <8 x float> poison, <8 x i32> zeroinitializer
  %v138 = load <8 x float>, ptr %v113, align 4
  %v139 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v137, <8 x float> %v132, <8 x float> %v138)
  store <8 x float> %v139, ptr %v113, align 32
  %v140 = load <8 x float>, ptr %v114, align 4
  %v141 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v137, <8 x float> %v134, <8 x float> %v140)
  store <8 x float> %v141, ptr %v114, align 32
  %v142 = getelementptr inbounds float, ptr %v131, i64 1
  %v143 = load float, ptr %v142, align 4
  %v144 = insertelement <8 x float> poison, float %v143, i64 0
  %v145 = shufflevector <8 x float> %v144, <8 x float> poison, <8 x i32> zeroinitializer
  %v146 = load <8 x float>, ptr %v115, align 4
  %v147 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v145, <8 x float> %v132, <8 x float> %v146)
  store <8 x float> %v147, ptr %v115, align 32
  %v148 = load <8 x float>, ptr %v116, align 4
  %v149 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v145, <8 x float> %v134, <8 x float> %v148)
  store <8 x float> %v149, ptr %v116, align 32
  %v150 = getelementptr inbounds float, ptr %v131, i64 2
  %v151 = load float, ptr %v150, align 4
  %v152 = insertelement <8 x float> poison, float %v151, i64 0
  %v153 = shufflevector <8 x float> %v152, <8 x float> poison, <8 x i32> zeroinitializer
  %v154 = load <8 x float>, ptr %v117, align 4
  %v155 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v153, <8 x float> %v132, <8 x float> %v154)
  store <8 x float> %v155, ptr %v117, align 32
  %v156 = load <8 x float>, ptr %v118, align 4
  %v157 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v153, <8 x float> %v134, <8 x float> %v156)
  store <8 x float> %v157, ptr %v118, align 32
  %v158 = getelementptr inbounds float, ptr %v131, i64 3
  %v159 = load float, ptr %v158, align 4
  %v160 = insertelement <8 x float> poison, float %v159, i64 0
  %v161 = shufflevector <8 x float> %v160, <8 x float> poison, <8 x i32> zeroinitializer
  %v162 = load <8 x float>, ptr %v119, align 4
  %v163 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v161, <8 x float> %v132, <8 x float> %v162)
  store <8 x float> %v163, ptr %v119, align 32
  %v164 = load <8 x float>, ptr %v120, align 4
  %v165 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v161, <8 x float> %v134, <8 x float> %v164)
  store <8 x float> %v165, ptr %v120, align 32
  %v166 = getelementptr inbounds float, ptr %v131, i64 4
  %v167 = load float, ptr %v166, align 4
  %v168 = insertelement <8 x float> poison, float %v167, i64 0
  %v169 = shufflevector <8 x float> %v168, <8 x float> poison, <8 x i32> zeroinitializer
  %v170 = load <8 x float>, ptr %v121, align 4
  %v171 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v169, <8 x float> %v132, <8 x float> %v170)
  store <8 x float> %v171, ptr %v121, align 32
  %v172 = load <8 x float>, ptr %v122, align 4
  %v173 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v169, <8 x float> %v134, <8 x float> %v172)
  store <8 x float> %v173, ptr %v122, align 32
  %v174 = getelementptr inbounds float, ptr %v131, i64 5
  %v175 = load float, ptr %v174, align 4
  %v176 = insertelement <8 x float> poison, float %v175, i64 0
  %v177 = shufflevector <8 x float> %v176, <8 x float> poison, <8 x i32> zeroinitializer
  %v178 = load <8 x float>, ptr %v123, align 4
  %v179 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v177, <8 x float> %v132, <8 x float> %v178)
  store <8 x float> %v179, ptr %v123, align 32
  %v180 = load <8 x float>, ptr %v124, align 4
  %v181 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v177, <8 x float> %v134, <8 x float> %v180)
  store <8 x float> %v181, ptr %v124, align 32
  br label %k.latch.72
k.latch.72:
  %k74.next = add nuw nsw i64 %k74, 1
  br label %k.head.70
k.end.73:
  %v182 = mul nsw i64 %mt64, 6
  %v183 = add nsw i64 %v182, 240
  %v184 = getelementptr inbounds float, ptr %w, i64 %v183
  %v185 = load float, ptr %v184, align 4
  %v186 = insertelement <8 x float> poison, float %v185, i64 0
  %v187 = shufflevector <8 x float> %v186, <8 x float> poison, <8 x i32> zeroinitializer
  %v188 = load <8 x float>, ptr %v113, align 4
  %v189 = fadd <8 x float> %v188, %v187
  %v190 = load <8 x float>, ptr %v82, align 4
  %v191 = fadd <8 x float> %v189, %v190
  %v192 = fcmp ogt <8 x float> %v191, zeroinitializer
  %v193 = select <8 x i1> %v192, <8 x float> %v191, <8 x float> zeroinitializer
  store <8 x float> %v193, ptr %v81, align 4
  %v194 = load <8 x float>, ptr %v114, align 4
  %v195 = fadd <8 x float> %v194, %v187
  %v196 = getelementptr inbounds float, ptr %v82, i64 8
  %v197 = load <8 x float>, ptr %v196, align 4
  %v198 = fadd <8 x float> %v195, %v197
  %v199 = fcmp ogt <8 x float> %v198, zeroinitializer
  %v200 = select <8 x i1> %v199, <8 x float> %v198, <8 x float> zeroinitializer
  %v201 = getelementptr inbounds float, ptr %v81, i64 8
  store <8 x float> %v200, ptr %v201, align 4
  %v202 = mul nsw i64 %mt64, 6
  %v203 = add nsw i64 %v202, 1
  %v204 = add nsw i64 %v203, 240
  %v205 = getelementptr inbounds float, ptr %w, i64 %v204
  %v206 = load float, ptr %v205, align 4
  %v207 = insertelement <8 x float> poison, float %v206, i64 0
  %v208 = shufflevector <8 x float> %v207, <8 x float> poison, <8 x i32> zeroinitializer
  %v209 = load <8 x float>, ptr %v115, align 4
  %v210 = fadd <8 x float> %v209, %v208
  %v211 = load <8 x float>, ptr %v88, align 4
  %v212 = fadd <8 x float> %v210, %v211
  %v213 = fcmp ogt <8 x float> %v212, zeroinitializer
  %v214 = select <8 x i1> %v213, <8 x float> %v212, <8 x float> zeroinitializer
  store <8 x float> %v214, ptr %v87, align 4
  %v215 = load <8 x float>, ptr %v116, align 4
  %v216 = fadd <8 x float> %v215, %v208
  %v217 = getelementptr inbounds float, ptr %v88, i64 8
  %v218 = load <8 x float>, ptr %v217, align 4
  %v219 = fadd <8 x float> %v216, %v218
  %v220 = fcmp ogt <8 x float> %v219, zeroinitializer
  %v221 = select <8 x i1> %v220, <8 x float> %v219, <8 x float> zeroinitializer
  %v222 = getelementptr inbounds float, ptr %v87, i64 8
  store <8 x float> %v221, ptr %v222, align 4
  %v223 = mul nsw i64 %mt64, 6
  %v224 = add nsw i64 %v223, 2
  %v225 = add nsw i64 %v224, 240
  %v226 = getelementptr inbounds float, ptr %w, i64 %v225
  %v227 = load float, ptr %v226, align 4
  %v228 = insertelement <8 x float> poison, float %v227, i64 0
  %v229 = shufflevector <8 x float> %v228, <8 x float> poison, <8 x i32> zeroinitializer
  %v230 = load <8 x float>, ptr %v117, align 4
  %v231 = fadd <8 x float> %v230, %v229
  %v232 = load <8 x float>, ptr %v94, align 4
  %v233 = fadd <8 x float> %v231, %v232
  %v234 = fcmp ogt <8 x float> %v233, zeroinitializer
  %v235 = select <8 x i1> %v234, <8 x float> %v233, <8 x float> zeroinitializer
  store <8 x float> %v235, ptr %v93, align 4
  %v236 = load <8 x float>, ptr %v118, align 4
  %v237 = fadd <8 x float> %v236, %v229
  %v238 = getelementptr inbounds float, ptr %v94, i64 8
  %v239 = load <8 x float>, ptr %v238, align 4
  %v240 = fadd <8 x float> %v237, %v239
  %v241 = fcmp ogt <8 x float> %v240, zeroinitializer
  %v242 = select <8 x i1> %v241, <8 x float> %v240, <8 x float> zeroinitializer
  %v243 = getelementptr inbounds float, ptr %v93, i64 8
  store <8 x float> %v242, ptr %v243, align 4
  %v244 = mul nsw i64 %mt64, 6
  %v245 = add nsw i64 %v244, 3
  %v246 = add nsw i64 %v245, 240
  %v247 = getelementptr inbounds float, ptr %w, i64 %v246
  %v248 = load float, ptr %v247, align 4
  %v249 = insertelement <8 x float> poison, float %v248, i64 0
  %v250 = shufflevector <8 x float> %v249, <8 x float> poison, <8 x i32> zeroinitializer
  %v251 = load <8 x float>, ptr %v119, align 4
  %v252 = fadd <8 x float> %v251, %v250
  %v253 = load <8 x float>, ptr %v100, align 4
  %v254 = fadd <8 x float> %v252, %v253
  %v255 = fcmp ogt <8 x float> %v254, zeroinitializer
  %v256 = select <8 x i1> %v255, <8 x float> %v254, <8 x float> zeroinitializer
  store <8 x float> %v256, ptr %v99, align 4
  %v257 = load <8 x float>, ptr %v120, align 4
  %v258 = fadd <8 x float> %v257, %v250
  %v259 = getelementptr inbounds float, ptr %v100, i64 8
  %v260 = load <8 x float>, ptr %v259, align 4
  %v261 = fadd <8 x float> %v258, %v260
  %v262 = fcmp ogt <8 x float> %v261, zeroinitializer
  %v263 = select <8 x i1> %v262, <8 x float> %v261, <8 x float> zeroinitializer
  %v264 = getelementptr inbounds float, ptr %v99, i64 8
  store <8 x float> %v263, ptr %v264, align 4
  %v265 = mul nsw i64 %mt64, 6
  %v266 = add nsw i64 %v265, 4
  %v267 = add nsw i64 %v266, 240
  %v268 = getelementptr inbounds float, ptr %w, i64 %v267
  %v269 = load float, ptr %v268, align 4
  %v270 = insertelement <8 x float> poison, float %v269, i64 0
  %v271 = shufflevector <8 x float> %v270, <8 x float> poison, <8 x i32> zeroinitializer
  %v272 = load <8 x float>, ptr %v121, align 4
  %v273 = fadd <8 x float> %v272, %v271
  %v274 = load <8 x float>, ptr %v106, align 4
  %v275 = fadd <8 x float> %v273, %v274
  %v276 = fcmp ogt <8 x float> %v275, zeroinitializer
  %v277 = select <8 x i1> %v276, <8 x float> %v275, <8 x float> zeroinitializer
  store <8 x float> %v277, ptr %v105, align 4
  %v278 = load <8 x float>, ptr %v122, align 4
  %v279 = fadd <8 x float> %v278, %v271
  %v280 = getelementptr inbounds float, ptr %v106, i64 8
  %v281 = load <8 x float>, ptr %v280, align 4
  %v282 = fadd <8 x float> %v279, %v281
  %v283 = fcmp ogt <8 x float> %v282, zeroinitializer
  %v284 = select <8 x i1> %v283, <8 x float> %v282, <8 x float> zeroinitializer
  %v285 = getelementptr inbounds float, ptr %v105, i64 8
  store <8 x float> %v284, ptr %v285, align 4
  %v286 = mul nsw i64 %mt64, 6
  %v287 = add nsw i64 %v286, 5
  %v288 = add nsw i64 %v287, 240
  %v289 = getelementptr inbounds float, ptr %w, i64 %v288
  %v290 = load float, ptr %v289, align 4
  %v291 = insertelement <8 x float> poison, float %v290, i64 0
  %v292 = shufflevector <8 x float> %v291, <8 x float> poison, <8 x i32> zeroinitializer
  %v293 = load <8 x float>, ptr %v123, align 4
  %v294 = fadd <8 x float> %v293, %v292
  %v295 = load <8 x float>, ptr %v112, align 4
  %v296 = fadd <8 x float> %v294, %v295
  %v297 = fcmp ogt <8 x float> %v296, zeroinitializer
  %v298 = select <8 x i1> %v297, <8 x float> %v296, <8 x float> zeroinitializer
  store <8 x float> %v298, ptr %v111, align 4
  %v299 = load <8 x float>, ptr %v124, align 4
  %v300 = fadd <8 x float> %v299, %v292
  %v301 = getelementptr inbounds float, ptr %v112, i64 8
  %v302 = load <8 x float>, ptr %v301, align 4
  %v303 = fadd <8 x float> %v300, %v302
  %v304 = fcmp ogt <8 x float> %v303, zeroinitializer
  %v305 = select <8 x i1> %v304, <8 x float> %v303, <8 x float> zeroinitializer
  %v306 = getelementptr inbounds float, ptr %v111, i64 8
  store <8 x float> %v305, ptr %v306, align 4
  br label %nt.latch.67
nt.latch.67:
  %nt69.next = add nuw nsw i64 %nt69, 1
  br label %nt.head.65
nt.end.68:
  %v307 = mul nsw i64 %mt64, 6
  %v308 = mul nsw i64 %v307, 36
  %v309 = add nsw i64 %v308, 32
  %v310 = getelementptr inbounds float, ptr %v3, i64 %v309
  %v311 = getelementptr inbounds float, ptr %v5, i64 %v309
  %v312 = mul nsw i64 %mt64, 6
  %v313 = add nsw i64 %v312, 1
  %v314 = mul nsw i64 %v313, 36
  %v315 = add nsw i64 %v314, 32
  %v316 = getelementptr inbounds float, ptr %v3, i64 %v315
  %v317 = getelementptr inbounds float, ptr %v5, i64 %v315
  %v318 = mul nsw i64 %mt64, 6
  %v319 = add nsw i64 %v318, 2
  %v320 = mul nsw i64 %v319, 36
  %v321 = add nsw i64 %v320, 32
  %v322 = getelementptr inbounds float, ptr %v3, i64 %v321
  %v323 = getelementptr inbounds float, ptr %v5, i64 %v321
  %v324 = mul nsw i64 %mt64, 6
  %v325 = add nsw i64 %v324, 3
  %v326 = mul nsw i64 %v325, 36
  %v327 = add nsw i64 %v326, 32
  %v328 = getelementptr inbounds float, ptr %v3, i64 %v327
  %v329 = getelementptr inbounds float, ptr %v5, i64 %v327
  %v330 = mul nsw i64 %mt64, 6
  %v331 = add nsw i64 %v330, 4
  %v332 = mul nsw i64 %v331, 36
  %v333 = add nsw i64 %v332, 32
  %v334 = getelementptr inbounds float, ptr %v3, i64 %v333
  %v335 = getelementptr inbounds float, ptr %v5, i64 %v333
  %v336 = mul nsw i64 %mt64, 6
  %v337 = add nsw i64 %v336, 5
  %v338 = mul nsw i64 %v337, 36
  %v339 = add nsw i64 %v338, 32
  %v340 = getelementptr inbounds float, ptr %v3, i64 %v339
  %v341 = getelementptr inbounds float, ptr %v5, i64 %v339
  store <8 x float> zeroinitializer, ptr %v342, align 32
  store <8 x float> zeroinitializer, ptr %v343, align 32
  store <8 x float> zeroinitializer, ptr %v344, align 32
  store <8 x float> zeroinitializer, ptr %v345, align 32
  store <8 x float> zeroinitializer, ptr %v346, align 32
  store <8 x float> zeroinitializer, ptr %v347, align 32
  %v348 = mul nsw i64 %mt64, 108
  %v349 = getelementptr inbounds float, ptr %v73, i64 %v348
  %v350 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.75
k.head.75:
  %k79 = phi i64 [ 0, %nt.end.68 ], [ %k79.next, %k.latch.77 ]
  %k79.c = icmp slt i64 %k79, 18
  br i1 %k79.c, label %k.body.76, label %k.end.78
k.body.76:
  %v351 = mul nsw i64 %k79, 48
  %v352 = getelementptr inbounds float, ptr %v350, i64 %v351
  %v353 = mul nsw i64 %k79, 6
  %v354 = getelementptr inbounds float, ptr %v349, i64 %v353
  %v355 = load <8 x float>, ptr %v352, align 4
  %v356 = load float, ptr %v354, align 4
  %v357 = insertelement <8 x float> poison, float %v356, i64 0
  %v358 = shufflevector <8 x float> %v357, <8 x float> poison, <8 x i32> zeroinitializer
  %v359 = load <8 x float>, ptr %v342, align 4
  %v360 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v358, <8 x float> %v355, <8 x float> %v359)
  store <8 x float> %v360, ptr %v342, align 32
  %v361 = getelementptr inbounds float, ptr %v354, i64 1
  %v362 = load float, ptr %v361, align 4
  %v363 = insertelement <8 x float> poison, float %v362, i64 0
  %v364 = shufflevector <8 x float> %v363, <8 x float> poison, <8 x i32> zeroinitializer
  %v365 = load <8 x float>, ptr %v343, align 4
  %v366 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v364, <8 x float> %v355, <8 x float> %v365)
  store <8 x float> %v366, ptr %v343, align 32
  %v367 = getelementptr inbounds float, ptr %v354, i64 2
  %v368 = load float, ptr %v367, align 4
  %v369 = insertelement <8 x float> poison, float %v368, i64 0
  %v370 = shufflevector <8 x float> %v369, <8 x float> poison, <8 x i32> zeroinitializer
  %v371 = load <8 x float>, ptr %v344, align 4
  %v372 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v370, <8 x float> %v355, <8 x float> %v371)
  store <8 x float> %v372, ptr %v344, align 32
  %v373 = getelementptr inbounds float, ptr %v354, i64 3
  %v374 = load float, ptr %v373, align 4
  %v375 = insertelement <8 x float> poison, float %v374, i64 0
  %v376 = shufflevector <8 x float> %v375, <8 x float> poison, <8 x i32> zeroinitializer
  %v377 = load <8 x float>, ptr %v345, align 4
  %v378 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v376, <8 x float> %v355, <8 x float> %v377)
  store <8 x float> %v378, ptr %v345, align 32
  %v379 = getelementptr inbounds float, ptr %v354, i64 4
  %v380 = load float, ptr %v379, align 4
  %v381 = insertelement <8 x float> poison, float %v380, i64 0
  %v382 = shufflevector <8 x float> %v381, <8 x float> poison, <8 x i32> zeroinitializer
  %v383 = load <8 x float>, ptr %v346, align 4
  %v384 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v382, <8 x float> %v355, <8 x float> %v383)
  store <8 x float> %v384, ptr %v346, align 32
  %v385 = getelementptr inbounds float, ptr %v354, i64 5
  %v386 = load float, ptr %v385, align 4
  %v387 = insertelement <8 x float> poison, float %v386, i64 0
  %v388 = shufflevector <8 x float> %v387, <8 x float> poison, <8 x i32> zeroinitializer
  %v389 = load <8 x float>, ptr %v347, align 4
  %v390 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v388, <8 x float> %v355, <8 x float> %v389)
  store <8 x float> %v390, ptr %v347, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v391 = mul nsw i64 %mt64, 6
  %v392 = add nsw i64 %v391, 240
  %v393 = getelementptr inbounds float, ptr %w, i64 %v392
  %v394 = load float, ptr %v393, align 4
  %v395 = insertelement <8 x float> poison, float %v394, i64 0
  %v396 = shufflevector <8 x float> %v395, <8 x float> poison, <8 x i32> zeroinitializer
  %v397 = load <8 x float>, ptr %v342, align 4
  %v398 = fadd <8 x float> %v397, %v396
  %v399 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v311, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v400 = fadd <8 x float> %v398, %v399
  %v401 = fcmp ogt <8 x float> %v400, zeroinitializer
  %v402 = select <8 x i1> %v401, <8 x float> %v400, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v402, ptr %v310, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v403 = mul nsw i64 %mt64, 6
  %v404 = add nsw i64 %v403, 1
  %v405 = add nsw i64 %v404, 240
  %v406 = getelementptr inbounds float, ptr %w, i64 %v405
  %v407 = load float, ptr %v406, align 4
  %v408 = insertelement <8 x float> poison, float %v407, i64 0
  %v409 = shufflevector <8 x float> %v408, <8 x float> poison, <8 x i32> zeroinitializer
  %v410 = load <8 x float>, ptr %v343, align 4
  %v411 = fadd <8 x float> %v410, %v409
  %v412 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v317, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v413 = fadd <8 x float> %v411, %v412
  %v414 = fcmp ogt <8 x float> %v413, zeroinitializer
  %v415 = select <8 x i1> %v414, <8 x float> %v413, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v415, ptr %v316, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v416 = mul nsw i64 %mt64, 6
  %v417 = add nsw i64 %v416, 2
  %v418 = add nsw i64 %v417, 240
  %v419 = getelementptr inbounds float, ptr %w, i64 %v418
  %v420 = load float, ptr %v419, align 4
  %v421 = insertelement <8 x float> poison, float %v420, i64 0
  %v422 = shufflevector <8 x float> %v421, <8 x float> poison, <8 x i32> zeroinitializer
  %v423 = load <8 x float>, ptr %v344, align 4
  %v424 = fadd <8 x float> %v423, %v422
  %v425 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v323, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v426 = fadd <8 x float> %v424, %v425
  %v427 = fcmp ogt <8 x float> %v426, zeroinitializer
  %v428 = select <8 x i1> %v427, <8 x float> %v426, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v428, ptr %v322, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v429 = mul nsw i64 %mt64, 6
  %v430 = add nsw i64 %v429, 3
  %v431 = add nsw i64 %v430, 240
  %v432 = getelementptr inbounds float, ptr %w, i64 %v431
  %v433 = load float, ptr %v432, align 4
  %v434 = insertelement <8 x float> poison, float %v433, i64 0
  %v435 = shufflevector <8 x float> %v434, <8 x float> poison, <8 x i32> zeroinitializer
  %v436 = load <8 x float>, ptr %v345, align 4
  %v437 = fadd <8 x float> %v436, %v435
  %v438 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v329, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v439 = fadd <8 x float> %v437, %v438
  %v440 = fcmp ogt <8 x float> %v439, zeroinitializer
  %v441 = select <8 x i1> %v440, <8 x float> %v439, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v441, ptr %v328, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v442 = mul nsw i64 %mt64, 6
  %v443 = add nsw i64 %v442, 4
  %v444 = add nsw i64 %v443, 240
  %v445 = getelementptr inbounds float, ptr %w, i64 %v444
  %v446 = load float, ptr %v445, align 4
  %v447 = insertelement <8 x float> poison, float %v446, i64 0
  %v448 = shufflevector <8 x float> %v447, <8 x float> poison, <8 x i32> zeroinitializer
  %v449 = load <8 x float>, ptr %v346, align 4
  %v450 = fadd <8 x float> %v449, %v448
  %v451 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v335, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v452 = fadd <8 x float> %v450, %v451
  %v453 = fcmp ogt <8 x float> %v452, zeroinitializer
  %v454 = select <8 x i1> %v453, <8 x float> %v452, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v454, ptr %v334, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v455 = mul nsw i64 %mt64, 6
  %v456 = add nsw i64 %v455, 5
  %v457 = add nsw i64 %v456, 240
  %v458 = getelementptr inbounds float, ptr %w, i64 %v457
  %v459 = load float, ptr %v458, align 4
  %v460 = insertelement <8 x float> poison, float %v459, i64 0
  %v461 = shufflevector <8 x float> %v460, <8 x float> poison, <8 x i32> zeroinitializer
  %v462 = load <8 x float>, ptr %v347, align 4
  %v463 = fadd <8 x float> %v462, %v461
  %v464 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v341, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v465 = fadd <8 x float> %v463, %v464
  %v466 = fcmp ogt <8 x float> %v465, zeroinitializer
  %v467 = select <8 x i1> %v466, <8 x float> %v465, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v467, ptr %v340, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %mt.latch.62
mt.latch.62:
  %mt64.next = add nuw nsw i64 %mt64, 1
  br label %mt.head.60
mt.end.63:
  %v468 = icmp eq i64 %hi, 2
  br i1 %v468, label %then.80, label %endif.81
then.80:
  br label %nt.head.82
nt.head.82:
  %nt86 = phi i64 [ 0, %then.80 ], [ %nt86.next, %nt.latch.84 ]
  %nt86.c = icmp slt i64 %nt86, 2
  br i1 %nt86.c, label %nt.body.83, label %nt.end.85
nt.body.83:
  %v469 = mul nsw i64 %nt86, 16
  %v470 = getelementptr inbounds float, ptr %v3, i64 %v469
  %v471 = getelementptr inbounds float, ptr %v5, i64 %v469
  %v472 = add nsw i64 36, %v469
  %v473 = getelementptr inbounds float, ptr %v3, i64 %v472
  %v474 = getelementptr inbounds float, ptr %v5, i64 %v472
  store <8 x float> zeroinitializer, ptr %v475, align 32
  store <8 x float> zeroinitializer, ptr %v476, align 32
  store <8 x float> zeroinitializer, ptr %v477, align 32
  store <8 x float> zeroinitializer, ptr %v478, align 32
  %v479 = getelementptr inbounds float, ptr %s, i64 %v469
  br label %k.head.87
k.head.87:
  %k91 = phi i64 [ 0, %nt.body.83 ], [ %k91.next, %k.latch.89 ]
  %k91.c = icmp slt i64 %k91, 18
  br i1 %k91.c, label %k.body.88, label %k.end.90
k.body.88:
  %v480 = mul nsw i64 %k91, 48
  %v481 = getelementptr inbounds float, ptr %v479, i64 %v480
  %v482 = mul nsw i64 %k91, 6
  %v483 = getelementptr inbounds float, ptr %v73, i64 %v482
  %v484 = load <8 x float>, ptr %v481, align 4
  %v485 = getelementptr inbounds float, ptr %v481, i64 8
  %v486 = load <8 x float>, ptr %v485, align 4
  %v487 = load float, ptr %v483, align 4
  %v488 = insertelement <8 x float> poison, float %v487, i64 0
  %v489 = shufflevector <8 x float> %v488, <8 x float> poison, <8 x i32> zeroinitializer
  %v490 = load <8 x float>, ptr %v475, align 4
  %v491 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v489, <8 x float> %v484, <8 x float> %v490)
  store <8 x float> %v491, ptr %v475, align 32
  %v492 = load <8 x float>, ptr %v476, align 4
  %v493 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v489, <8 x float> %v486, <8 x float> %v492)
  store <8 x float> %v493, ptr %v476, align 32
  %v494 = getelementptr inbounds float, ptr %v483, i64 1
  %v495 = load float, ptr %v494, align 4
  %v496 = insertelement <8 x float> poison, float %v495, i64 0
  %v497 = shufflevector <8 x float> %v496, <8 x float> poison, <8 x i32> zeroinitializer
  %v498 = load <8 x float>, ptr %v477, align 4
  %v499 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v497, <8 x float> %v484, <8 x float> %v498)
  store <8 x float> %v499, ptr %v477, align 32
  %v500 = load <8 x float>, ptr %v478, align 4
  %v501 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v497, <8 x float> %v486, <8 x float> %v500)
  store <8 x float> %v501, ptr %v478, align 32
  br label %k.latch.89
k.latch.89:
  %k91.next = add nuw nsw i64 %k91, 1
  br label %k.head.87
k.end.90:
  %v502 = getelementptr inbounds float, ptr %w, i64 240
  %v503 = load float, ptr %v502, align 4
  %v504 = insertelement <8 x float> poison, float %v503, i64 0
  %v505 = shufflevector <8 x float> %v504, <8 x float> poison, <8 x i32> zeroinitializer
  %v506 = load <8 x float>, ptr %v475, align 4
  %v507 = fadd <8 x float> %v506, %v505
  %v508 = load <8 x float>, ptr %v471, align 4
  %v509 = fadd <8 x float> %v507, %v508
  %v510 = fcmp ogt <8 x float> %v509, zeroinitializer
  %v511 = select <8 x i1> %v510, <8 x float> %v509, <8 x float> zeroinitializer
  store <8 x float> %v511, ptr %v470, align 4
  %v512 = load <8 x float>, ptr %v476, align 4
  %v513 = fadd <8 x float> %v512, %v505
  %v514 = getelementptr inbounds float, ptr %v471, i64 8
  %v515 = load <8 x float>, ptr %v514, align 4
  %v516 = fadd <8 x float> %v513, %v515
  %v517 = fcmp ogt <8 x float> %v516, zeroinitializer
  %v518 = select <8 x i1> %v517, <8 x float> %v516, <8 x float> zeroinitializer
  %v519 = getelementptr inbounds float, ptr %v470, i64 8
  store <8 x float> %v518, ptr %v519, align 4
  %v520 = getelementptr inbounds float, ptr %w, i64 241
  %v521 = load float, ptr %v520, align 4
  %v522 = insertelement <8 x float> poison, float %v521, i64 0
  %v523 = shufflevector <8 x float> %v522, <8 x float> poison, <8 x i32> zeroinitializer
  %v524 = load <8 x float>, ptr %v477, align 4
  %v525 = fadd <8 x float> %v524, %v523
  %v526 = load <8 x float>, ptr %v474, align 4
  %v527 = fadd <8 x float> %v525, %v526
  %v528 = fcmp ogt <8 x float> %v527, zeroinitializer
  %v529 = select <8 x i1> %v528, <8 x float> %v527, <8 x float> zeroinitializer
  store <8 x float> %v529, ptr %v473, align 4
  %v530 = load <8 x float>, ptr %v478, align 4
  %v531 = fadd <8 x float> %v530, %v523
  %v532 = getelementptr inbounds float, ptr %v474, i64 8
  %v533 = load <8 x float>, ptr %v532, align 4
  %v534 = fadd <8 x float> %v531, %v533
  %v535 = fcmp ogt <8 x float> %v534, zeroinitializer
  %v536 = select <8 x i1> %v535, <8 x float> %v534, <8 x float> zeroinitializer
  %v537 = getelementptr inbounds float, ptr %v473, i64 8
  store <8 x float> %v536, ptr %v537, align 4
  br label %nt.latch.84
nt.latch.84:
  %nt86.next = add nuw nsw i64 %nt86, 1
  br label %nt.head.82
nt.end.85:
  %v538 = getelementptr inbounds float, ptr %v3, i64 32
  %v539 = getelementptr inbounds float, ptr %v5, i64 32
  %v540 = getelementptr inbounds float, ptr %v3, i64 68
  %v541 = getelementptr inbounds float, ptr %v5, i64 68
  store <8 x float> zeroinitializer, ptr %v542, align 32
  store <8 x float> zeroinitializer, ptr %v543, align 32
  %v544 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.92
k.head.92:
  %k96 = phi i64 [ 0, %nt.end.85 ], [ %k96.next, %k.latch.94 ]
  %k96.c = icmp slt i64 %k96, 18
  br i1 %k96.c, label %k.body.93, label %k.end.95
k.body.93:
  %v545 = mul nsw i64 %k96, 48
  %v546 = getelementptr inbounds float, ptr %v544, i64 %v545
  %v547 = mul nsw i64 %k96, 6
  %v548 = getelementptr inbounds float, ptr %v73, i64 %v547
  %v549 = load <8 x float>, ptr %v546, align 4
  %v550 = load float, ptr %v548, align 4
  %v551 = insertelement <8 x float> poison, float %v550, i64 0
  %v552 = shufflevector <8 x float> %v551, <8 x float> poison, <8 x i32> zeroinitializer
  %v553 = load <8 x float>, ptr %v542, align 4
  %v554 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v552, <8 x float> %v549, <8 x float> %v553)
  store <8 x float> %v554, ptr %v542, align 32
  %v555 = getelementptr inbounds float, ptr %v548, i64 1
  %v556 = load float, ptr %v555, align 4
  %v557 = insertelement <8 x float> poison, float %v556, i64 0
  %v558 = shufflevector <8 x float> %v557, <8 x float> poison, <8 x i32> zeroinitializer
  %v559 = load <8 x float>, ptr %v543, align 4
  %v560 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v558, <8 x float> %v549, <8 x float> %v559)
  store <8 x float> %v560, ptr %v543, align 32
  br label %k.latch.94
k.latch.94:
  %k96.next = add nuw nsw i64 %k96, 1
  br label %k.head.92
k.end.95:
  %v561 = getelementptr inbounds float, ptr %w, i64 240
  %v562 = load float, ptr %v561, align 4
  %v563 = insertelement <8 x float> poison, float %v562, i64 0
  %v564 = shufflevector <8 x float> %v563, <8 x float> poison, <8 x i32> zeroinitializer
  %v565 = load <8 x float>, ptr %v542, align 4
  %v566 = fadd <8 x float> %v565, %v564
  %v567 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v539, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v568 = fadd <8 x float> %v566, %v567
  %v569 = fcmp ogt <8 x float> %v568, zeroinitializer
  %v570 = select <8 x i1> %v569, <8 x float> %v568, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v570, ptr %v538, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v571 = getelementptr inbounds float, ptr %w, i64 241
  %v572 = load float, ptr %v571, align 4
  %v573 = insertelement <8 x float> poison, float %v572, i64 0
  %v574 = shufflevector <8 x float> %v573, <8 x float> poison, <8 x i32> zeroinitializer
  %v575 = load <8 x float>, ptr %v543, align 4
  %v576 = fadd <8 x float> %v575, %v574
  %v577 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v541, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v578 = fadd <8 x float> %v576, %v577
  %v579 = fcmp ogt <8 x float> %v578, zeroinitializer
  %v580 = select <8 x i1> %v579, <8 x float> %v578, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v580, ptr %v540, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
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
  %v6 = add nsw i64 %v5, 256
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
  %v16 = add nsw i64 %o9, 272
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
  %scratch2 = getelementptr inbounds float, ptr %scratch, i64 864
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
