; netc native module for network tiny: 6 nodes, weights 288 floats, arena 1872 floats per image
source_filename = "tiny.net"

; 0: conv 2x6x6 -> 2x6x6
define internal void @k0_0(ptr %w, ptr %s, i64 %n, ptr %y, ptr %x0, i64 %lo, i64 %hi) #0 {
entry:
  %v75 = alloca <8 x float>, align 32
  %v76 = alloca <8 x float>, align 32
  %v77 = alloca <8 x float>, align 32
  %v78 = alloca <8 x float>, align 32
  %v79 = alloca <8 x float>, align 32
  %v80 = alloca <8 x float>, align 32
  %v81 = alloca <8 x float>, align 32
  %v82 = alloca <8 x float>, align 32
  %v83 = alloca <8 x float>, align 32
  %v84 = alloca <8 x float>, align 32
  %v85 = alloca <8 x float>, align 32
  %v86 = alloca <8 x float>, align 32
  %v257 = alloca <8 x float>, align 32
  %v258 = alloca <8 x float>, align 32
  %v259 = alloca <8 x float>, align 32
  %v260 = alloca <8 x float>, align 32
  %v261 = alloca <8 x float>, align 32
  %v262 = alloca <8 x float>, align 32
  %v391 = alloca <8 x float>, align 32
  %v392 = alloca <8 x float>, align 32
  %v393 = alloca <8 x float>, align 32
  %v394 = alloca <8 x float>, align 32
  %v447 = alloca <8 x float>, align 32
  %v448 = alloca <8 x float>, align 32
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
  store <8 x float> zeroinitializer, ptr %v75, align 32
  store <8 x float> zeroinitializer, ptr %v76, align 32
  store <8 x float> zeroinitializer, ptr %v77, align 32
  store <8 x float> zeroinitializer, ptr %v78, align 32
  store <8 x float> zeroinitializer, ptr %v79, align 32
  store <8 x float> zeroinitializer, ptr %v80, align 32
  store <8 x float> zeroinitializer, ptr %v81, align 32
  store <8 x float> zeroinitializer, ptr %v82, align 32
  store <8 x float> zeroinitializer, ptr %v83, align 32
  store <8 x float> zeroinitializer, ptr %v84, align 32
  store <8 x float> zeroinitializer, ptr %v85, align 32
  store <8 x float> zeroinitializer, ptr %v86, align 32
  %v87 = mul nsw i64 %mt64, 108
  %v88 = getelementptr inbounds float, ptr %w, i64 %v87
  %v89 = getelementptr inbounds float, ptr %s, i64 %v74
  br label %k.head.70
k.head.70:
  %k74 = phi i64 [ 0, %nt.body.66 ], [ %k74.next, %k.latch.72 ]
  %k74.c = icmp slt i64 %k74, 18
  br i1 %k74.c, label %k.body.71, label %k.end.73
k.body.71:
  %v90 = mul nsw i64 %k74, 48
  %v91 = getelementptr inbounds float, ptr %v89, i64 %v90
  %v92 = mul nsw i64 %k74, 6
  %v93 = getelementptr inbounds float, ptr %v88, i64 %v92
  %v94 = load <8 x float>, ptr %v91, align 4
  %v95 = getelementptr inbounds float, ptr %v91, i64 8
  %v96 = load <8 x float>, ptr %v95, align 4
  %v97 = load float, ptr %v93, align 4
  %v98 = insertelement <8 x float> poison, float %v97, i64 0
  %v99 = shufflevector <8 x float> %v98, <8 x float> poison, <8 x i32> zeroinitializer
  %v100 = load <8 x float>, ptr %v75, align 4
  %v101 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v99, <8 x float> %v94, <8 x float> %v100)
  store <8 x float> %v101, ptr %v75, align 32
  %v102 = load <8 x float>, ptr %v76, align 4
  %v103 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v99, <8 x float> %v96, <8 x float> %v102)
  store <8 x float> %v103, ptr %v76, align 32
  %v104 = getelementptr inbounds float, ptr %v93, i64 1
  %v105 = load float, ptr %v104, align 4
  %v106 = insertelement <8 x float> poison, float %v105, i64 0
  %v107 = shufflevector <8 x float> %v106, <8 x float> poison, <8 x i32> zeroinitializer
  %v108 = load <8 x float>, ptr %v77, align 4
  %v109 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v107, <8 x float> %v94, <8 x float> %v108)
  store <8 x float> %v109, ptr %v77, align 32
  %v110 = load <8 x float>, ptr %v78, align 4
  %v111 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v107, <8 x float> %v96, <8 x float> %v110)
  store <8 x float> %v111, ptr %v78, align 32
  %v112 = getelementptr inbounds float, ptr %v93, i64 2
  %v113 = load float, ptr %v112, align 4
  %v114 = insertelement <8 x float> poison, float %v113, i64 0
  %v115 = shufflevector <8 x float> %v114, <8 x float> poison, <8 x i32> zeroinitializer
  %v116 = load <8 x float>, ptr %v79, align 4
  %v117 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v115, <8 x float> %v94, <8 x float> %v116)
  store <8 x float> %v117, ptr %v79, align 32
  %v118 = load <8 x float>, ptr %v80, align 4
  %v119 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v115, <8 x float> %v96, <8 x float> %v118)
  store <8 x float> %v119, ptr %v80, align 32
  %v120 = getelementptr inbounds float, ptr %v93, i64 3
  %v121 = load float, ptr %v120, align 4
  %v122 = insertelement <8 x float> poison, float %v121, i64 0
  %v123 = shufflevector <8 x float> %v122, <8 x float> poison, <8 x i32> zeroinitializer
  %v124 = load <8 x float>, ptr %v81, align 4
  %v125 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v123, <8 x float> %v94, <8 x float> %v124)
  store <8 x float> %v125, ptr %v81, align 32
  %v126 = load <8 x float>, ptr %v82, align 4
  %v127 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v123, <8 x float> %v96, <8 x float> %v126)
  store <8 x float> %v127, ptr %v82, align 32
  %v128 = getelementptr inbounds float, ptr %v93, i64 4
  %v129 = load float, ptr %v128, align 4
  %v130 = insertelement <8 x float> poison, float %v129, i64 0
  %v131 = shufflevector <8 x float> %v130, <8 x float> poison, <8 x i32> zeroinitializer
  %v132 = load <8 x float>, ptr %v83, align 4
  %v133 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v131, <8 x float> %v94, <8 x float> %v132)
  store <8 x float> %v133, ptr %v83, align 32
  %v134 = load <8 x float>, ptr %v84, align 4
  %v135 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v131, <8 x float> %v96, <8 x float> %v134)
  store <8 x float> %v135, ptr %v84, align 32
  %v136 = getelementptr inbounds float, ptr %v93, i64 5
  %v137 = load float, ptr %v136, align 4
  %v138 = insertelement <8 x float> poison, float %v137, i64 0
  %v139 = shufflevector <8 x float> %v138, <8 x float> poison, <8 x i32> zeroinitializer
  %v140 = load <8 x float>, ptr %v85, align 4
  %v141 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v139, <8 x float> %v94, <8 x float> %v140)
  store <8 x float> %v141, ptr %v85, align 32
  %v142 = load <8 x float>, ptr %v86, align 4
  %v143 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v139, <8 x float> %v96, <8 x float> %v142)
  store <8 x float> %v143, ptr %v86, align 32
  br label %k.latch.72
k.latch.72:
  %k74.next = add nuw nsw i64 %k74, 1
  br label %k.head.70
k.end.73:
  %v144 = mul nsw i64 %mt64, 6
  %v145 = add nsw i64 %v144, 112
  %v146 = getelementptr inbounds float, ptr %w, i64 %v145
  %v147 = load float, ptr %v146, align 4
  %v148 = insertelement <8 x float> poison, float %v147, i64 0
  %v149 = shufflevector <8 x float> %v148, <8 x float> poison, <8 x i32> zeroinitializer
  %v150 = mul nsw i64 %v144, 36
  %v151 = add nsw i64 %v150, %v74
  %v152 = getelementptr inbounds float, ptr %v3, i64 %v151
  %v153 = load <8 x float>, ptr %v75, align 4
  %v154 = fadd <8 x float> %v153, %v149
  %v155 = fcmp ogt <8 x float> %v154, zeroinitializer
  %v156 = select <8 x i1> %v155, <8 x float> %v154, <8 x float> zeroinitializer
  store <8 x float> %v156, ptr %v152, align 4
  %v157 = load <8 x float>, ptr %v76, align 4
  %v158 = fadd <8 x float> %v157, %v149
  %v159 = fcmp ogt <8 x float> %v158, zeroinitializer
  %v160 = select <8 x i1> %v159, <8 x float> %v158, <8 x float> zeroinitializer
  %v161 = getelementptr inbounds float, ptr %v152, i64 8
  store <8 x float> %v160, ptr %v161, align 4
  %v162 = mul nsw i64 %mt64, 6
  %v163 = add nsw i64 %v162, 1
  %v164 = add nsw i64 %v163, 112
  %v165 = getelementptr inbounds float, ptr %w, i64 %v164
  %v166 = load float, ptr %v165, align 4
  %v167 = insertelement <8 x float> poison, float %v166, i64 0
  %v168 = shufflevector <8 x float> %v167, <8 x float> poison, <8 x i32> zeroinitializer
  %v169 = mul nsw i64 %v163, 36
  %v170 = add nsw i64 %v169, %v74
  %v171 = getelementptr inbounds float, ptr %v3, i64 %v170
  %v172 = load <8 x float>, ptr %v77, align 4
  %v173 = fadd <8 x float> %v172, %v168
  %v174 = fcmp ogt <8 x float> %v173, zeroinitializer
  %v175 = select <8 x i1> %v174, <8 x float> %v173, <8 x float> zeroinitializer
  store <8 x float> %v175, ptr %v171, align 4
  %v176 = load <8 x float>, ptr %v78, align 4
  %v177 = fadd <8 x float> %v176, %v168
  %v178 = fcmp ogt <8 x float> %v177, zeroinitializer
  %v179 = select <8 x i1> %v178, <8 x float> %v177, <8 x float> zeroinitializer
  %v180 = getelementptr inbounds float, ptr %v171, i64 8
  store <8 x float> %v179, ptr %v180, align 4
  %v181 = mul nsw i64 %mt64, 6
  %v182 = add nsw i64 %v181, 2
  %v183 = add nsw i64 %v182, 112
  %v184 = getelementptr inbounds float, ptr %w, i64 %v183
  %v185 = load float, ptr %v184, align 4
  %v186 = insertelement <8 x float> poison, float %v185, i64 0
  %v187 = shufflevector <8 x float> %v186, <8 x float> poison, <8 x i32> zeroinitializer
  %v188 = mul nsw i64 %v182, 36
  %v189 = add nsw i64 %v188, %v74
  %v190 = getelementptr inbounds float, ptr %v3, i64 %v189
  %v191 = load <8 x float>, ptr %v79, align 4
  %v192 = fadd <8 x float> %v191, %v187
  %v193 = fcmp ogt <8 x float> %v192, zeroinitializer
  %v194 = select <8 x i1> %v193, <8 x float> %v192, <8 x float> zeroinitializer
  store <8 x float> %v194, ptr %v190, align 4
  %v195 = load <8 x float>, ptr %v80, align 4
  %v196 = fadd <8 x float> %v195, %v187
  %v197 = fcmp ogt <8 x float> %v196, zeroinitializer
  %v198 = select <8 x i1> %v197, <8 x float> %v196, <8 x float> zeroinitializer
  %v199 = getelementptr inbounds float, ptr %v190, i64 8
  store <8 x float> %v198, ptr %v199, align 4
  %v200 = mul nsw i64 %mt64, 6
  %v201 = add nsw i64 %v200, 3
  %v202 = add nsw i64 %v201, 112
  %v203 = getelementptr inbounds float, ptr %w, i64 %v202
  %v204 = load float, ptr %v203, align 4
  %v205 = insertelement <8 x float> poison, float %v204, i64 0
  %v206 = shufflevector <8 x float> %v205, <8 x float> poison, <8 x i32> zeroinitializer
  %v207 = mul nsw i64 %v201, 36
  %v208 = add nsw i64 %v207, %v74
  %v209 = getelementptr inbounds float, ptr %v3, i64 %v208
  %v210 = load <8 x float>, ptr %v81, align 4
  %v211 = fadd <8 x float> %v210, %v206
  %v212 = fcmp ogt <8 x float> %v211, zeroinitializer
  %v213 = select <8 x i1> %v212, <8 x float> %v211, <8 x float> zeroinitializer
  store <8 x float> %v213, ptr %v209, align 4
  %v214 = load <8 x float>, ptr %v82, align 4
  %v215 = fadd <8 x float> %v214, %v206
  %v216 = fcmp ogt <8 x float> %v215, zeroinitializer
  %v217 = select <8 x i1> %v216, <8 x float> %v215, <8 x float> zeroinitializer
  %v218 = getelementptr inbounds float, ptr %v209, i64 8
  store <8 x float> %v217, ptr %v218, align 4
  %v219 = mul nsw i64 %mt64, 6
  %v220 = add nsw i64 %v219, 4
  %v221 = add nsw i64 %v220, 112
  %v222 = getelementptr inbounds float, ptr %w, i64 %v221
  %v223 = load float, ptr %v222, align 4
  %v224 = insertelement <8 x float> poison, float %v223, i64 0
  %v225 = shufflevector <8 x float> %v224, <8 x float> poison, <8 x i32> zeroinitializer
  %v226 = mul nsw i64 %v220, 36
  %v227 = add nsw i64 %v226, %v74
  %v228 = getelementptr inbounds float, ptr %v3, i64 %v227
  %v229 = load <8 x float>, ptr %v83, align 4
  %v230 = fadd <8 x float> %v229, %v225
  %v231 = fcmp ogt <8 x float> %v230, zeroinitializer
  %v232 = select <8 x i1> %v231, <8 x float> %v230, <8 x float> zeroinitializer
  store <8 x float> %v232, ptr %v228, align 4
  %v233 = load <8 x float>, ptr %v84, align 4
  %v234 = fadd <8 x float> %v233, %v225
  %v235 = fcmp ogt <8 x float> %v234, zeroinitializer
  %v236 = select <8 x i1> %v235, <8 x float> %v234, <8 x float> zeroinitializer
  %v237 = getelementptr inbounds float, ptr %v228, i64 8
  store <8 x float> %v236, ptr %v237, align 4
  %v238 = mul nsw i64 %mt64, 6
  %v239 = add nsw i64 %v238, 5
  %v240 = add nsw i64 %v239, 112
  %v241 = getelementptr inbounds float, ptr %w, i64 %v240
  %v242 = load float, ptr %v241, align 4
  %v243 = insertelement <8 x float> poison, float %v242, i64 0
  %v244 = shufflevector <8 x float> %v243, <8 x float> poison, <8 x i32> zeroinitializer
  %v245 = mul nsw i64 %v239, 36
  %v246 = add nsw i64 %v245, %v74
  %v247 = getelementptr inbounds float, ptr %v3, i64 %v246
  %v248 = load <8 x float>, ptr %v85, align 4
  %v249 = fadd <8 x float> %v248, %v244
  %v250 = fcmp ogt <8 x float> %v249, zeroinitializer
  %v251 = select <8 x i1> %v250, <8 x float> %v249, <8 x float> zeroinitializer
  store <8 x float> %v251, ptr %v247, align 4
  %v252 = load <8 x float>, ptr %v86, align 4
  %v253 = fadd <8 x float> %v252, %v244
  %v254 = fcmp ogt <8 x float> %v253, zeroinitializer
  %v255 = select <8 x i1> %v254, <8 x float> %v253, <8 x float> zeroinitializer
  %v256 = getelementptr inbounds float, ptr %v247, i64 8
  store <8 x float> %v255, ptr %v256, align 4
  br label %nt.latch.67
nt.latch.67:
  %nt69.next = add nuw nsw i64 %nt69, 1
  br label %nt.head.65
nt.end.68:
  store <8 x float> zeroinitializer, ptr %v257, align 32
  store <8 x float> zeroinitializer, ptr %v258, align 32
  store <8 x float> zeroinitializer, ptr %v259, align 32
  store <8 x float> zeroinitializer, ptr %v260, align 32
  store <8 x float> zeroinitializer, ptr %v261, align 32
  store <8 x float> zeroinitializer, ptr %v262, align 32
  %v263 = mul nsw i64 %mt64, 108
  %v264 = getelementptr inbounds float, ptr %w, i64 %v263
  %v265 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.75
k.head.75:
  %k79 = phi i64 [ 0, %nt.end.68 ], [ %k79.next, %k.latch.77 ]
  %k79.c = icmp slt i64 %k79, 18
  br i1 %k79.c, label %k.body.76, label %k.end.78
k.body.76:
  %v266 = mul nsw i64 %k79, 48
  %v267 = getelementptr inbounds float, ptr %v265, i64 %v266
  %v268 = mul nsw i64 %k79, 6
  %v269 = getelementptr inbounds float, ptr %v264, i64 %v268
  %v270 = load <8 x float>, ptr %v267, align 4
  %v271 = load float, ptr %v269, align 4
  %v272 = insertelement <8 x float> poison, float %v271, i64 0
  %v273 = shufflevector <8 x float> %v272, <8 x float> poison, <8 x i32> zeroinitializer
  %v274 = load <8 x float>, ptr %v257, align 4
  %v275 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v273, <8 x float> %v270, <8 x float> %v274)
  store <8 x float> %v275, ptr %v257, align 32
  %v276 = getelementptr inbounds float, ptr %v269, i64 1
  %v277 = load float, ptr %v276, align 4
  %v278 = insertelement <8 x float> poison, float %v277, i64 0
  %v279 = shufflevector <8 x float> %v278, <8 x float> poison, <8 x i32> zeroinitializer
  %v280 = load <8 x float>, ptr %v258, align 4
  %v281 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v279, <8 x float> %v270, <8 x float> %v280)
  store <8 x float> %v281, ptr %v258, align 32
  %v282 = getelementptr inbounds float, ptr %v269, i64 2
  %v283 = load float, ptr %v282, align 4
  %v284 = insertelement <8 x float> poison, float %v283, i64 0
  %v285 = shufflevector <8 x float> %v284, <8 x float> poison, <8 x i32> zeroinitializer
  %v286 = load <8 x float>, ptr %v259, align 4
  %v287 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v285, <8 x float> %v270, <8 x float> %v286)
  store <8 x float> %v287, ptr %v259, align 32
  %v288 = getelementptr inbounds float, ptr %v269, i64 3
  %v289 = load float, ptr %v288, align 4
  %v290 = insertelement <8 x float> poison, float %v289, i64 0
  %v291 = shufflevector <8 x float> %v290, <8 x float> poison, <8 x i32> zeroinitializer
  %v292 = load <8 x float>, ptr %v260, align 4
  %v293 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v291, <8 x float> %v270, <8 x float> %v292)
  store <8 x float> %v293, ptr %v260, align 32
  %v294 = getelementptr inbounds float, ptr %v269, i64 4
  %v295 = load float, ptr %v294, align 4
  %v296 = insertelement <8 x float> poison, float %v295, i64 0
  %v297 = shufflevector <8 x float> %v296, <8 x float> poison, <8 x i32> zeroinitializer
  %v298 = load <8 x float>, ptr %v261, align 4
  %v299 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v297, <8 x float> %v270, <8 x float> %v298)
  store <8 x float> %v299, ptr %v261, align 32
  %v300 = getelementptr inbounds float, ptr %v269, i64 5
  %v301 = load float, ptr %v300, align 4
  %v302 = insertelement <8 x float> poison, float %v301, i64 0
  %v303 = shufflevector <8 x float> %v302, <8 x float> poison, <8 x i32> zeroinitializer
  %v304 = load <8 x float>, ptr %v262, align 4
  %v305 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v303, <8 x float> %v270, <8 x float> %v304)
  store <8 x float> %v305, ptr %v262, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v306 = mul nsw i64 %mt64, 6
  %v307 = add nsw i64 %v306, 112
  %v308 = getelementptr inbounds float, ptr %w, i64 %v307
  %v309 = load float, ptr %v308, align 4
  %v310 = insertelement <8 x float> poison, float %v309, i64 0
  %v311 = shufflevector <8 x float> %v310, <8 x float> poison, <8 x i32> zeroinitializer
  %v312 = mul nsw i64 %v306, 36
  %v313 = add nsw i64 %v312, 32
  %v314 = getelementptr inbounds float, ptr %v3, i64 %v313
  %v315 = load <8 x float>, ptr %v257, align 4
  %v316 = fadd <8 x float> %v315, %v311
  %v317 = fcmp ogt <8 x float> %v316, zeroinitializer
  %v318 = select <8 x i1> %v317, <8 x float> %v316, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v318, ptr %v314, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v319 = mul nsw i64 %mt64, 6
  %v320 = add nsw i64 %v319, 1
  %v321 = add nsw i64 %v320, 112
  %v322 = getelementptr inbounds float, ptr %w, i64 %v321
  %v323 = load float, ptr %v322, align 4
  %v324 = insertelement <8 x float> poison, float %v323, i64 0
  %v325 = shufflevector <8 x float> %v324, <8 x float> poison, <8 x i32> zeroinitializer
  %v326 = mul nsw i64 %v320, 36
  %v327 = add nsw i64 %v326, 32
  %v328 = getelementptr inbounds float, ptr %v3, i64 %v327
  %v329 = load <8 x float>, ptr %v258, align 4
  %v330 = fadd <8 x float> %v329, %v325
  %v331 = fcmp ogt <8 x float> %v330, zeroinitializer
  %v332 = select <8 x i1> %v331, <8 x float> %v330, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v332, ptr %v328, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v333 = mul nsw i64 %mt64, 6
  %v334 = add nsw i64 %v333, 2
  %v335 = add nsw i64 %v334, 112
  %v336 = getelementptr inbounds float, ptr %w, i64 %v335
  %v337 = load float, ptr %v336, align 4
  %v338 = insertelement <8 x float> poison, float %v337, i64 0
  %v339 = shufflevector <8 x float> %v338, <8 x float> poison, <8 x i32> zeroinitializer
  %v340 = mul nsw i64 %v334, 36
  %v341 = add nsw i64 %v340, 32
  %v342 = getelementptr inbounds float, ptr %v3, i64 %v341
  %v343 = load <8 x float>, ptr %v259, align 4
  %v344 = fadd <8 x float> %v343, %v339
  %v345 = fcmp ogt <8 x float> %v344, zeroinitializer
  %v346 = select <8 x i1> %v345, <8 x float> %v344, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v346, ptr %v342, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v347 = mul nsw i64 %mt64, 6
  %v348 = add nsw i64 %v347, 3
  %v349 = add nsw i64 %v348, 112
  %v350 = getelementptr inbounds float, ptr %w, i64 %v349
  %v351 = load float, ptr %v350, align 4
  %v352 = insertelement <8 x float> poison, float %v351, i64 0
  %v353 = shufflevector <8 x float> %v352, <8 x float> poison, <8 x i32> zeroinitializer
  %v354 = mul nsw i64 %v348, 36
  %v355 = add nsw i64 %v354, 32
  %v356 = getelementptr inbounds float, ptr %v3, i64 %v355
  %v357 = load <8 x float>, ptr %v260, align 4
  %v358 = fadd <8 x float> %v357, %v353
  %v359 = fcmp ogt <8 x float> %v358, zeroinitializer
  %v360 = select <8 x i1> %v359, <8 x float> %v358, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v360, ptr %v356, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v361 = mul nsw i64 %mt64, 6
  %v362 = add nsw i64 %v361, 4
  %v363 = add nsw i64 %v362, 112
  %v364 = getelementptr inbounds float, ptr %w, i64 %v363
  %v365 = load float, ptr %v364, align 4
  %v366 = insertelement <8 x float> poison, float %v365, i64 0
  %v367 = shufflevector <8 x float> %v366, <8 x float> poison, <8 x i32> zeroinitializer
  %v368 = mul nsw i64 %v362, 36
  %v369 = add nsw i64 %v368, 32
  %v370 = getelementptr inbounds float, ptr %v3, i64 %v369
  %v371 = load <8 x float>, ptr %v261, align 4
  %v372 = fadd <8 x float> %v371, %v367
  %v373 = fcmp ogt <8 x float> %v372, zeroinitializer
  %v374 = select <8 x i1> %v373, <8 x float> %v372, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v374, ptr %v370, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v375 = mul nsw i64 %mt64, 6
  %v376 = add nsw i64 %v375, 5
  %v377 = add nsw i64 %v376, 112
  %v378 = getelementptr inbounds float, ptr %w, i64 %v377
  %v379 = load float, ptr %v378, align 4
  %v380 = insertelement <8 x float> poison, float %v379, i64 0
  %v381 = shufflevector <8 x float> %v380, <8 x float> poison, <8 x i32> zeroinitializer
  %v382 = mul nsw i64 %v376, 36
  %v383 = add nsw i64 %v382, 32
  %v384 = getelementptr inbounds float, ptr %v3, i64 %v383
  %v385 = load <8 x float>, ptr %v262, align 4
  %v386 = fadd <8 x float> %v385, %v381
  %v387 = fcmp ogt <8 x float> %v386, zeroinitializer
  %v388 = select <8 x i1> %v387, <8 x float> %v386, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v388, ptr %v384, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %mt.latch.62
mt.latch.62:
  %mt64.next = add nuw nsw i64 %mt64, 1
  br label %mt.head.60
mt.end.63:
  %v389 = icmp eq i64 %hi, 2
  br i1 %v389, label %then.80, label %endif.81
then.80:
  br label %nt.head.82
nt.head.82:
  %nt86 = phi i64 [ 0, %then.80 ], [ %nt86.next, %nt.latch.84 ]
  %nt86.c = icmp slt i64 %nt86, 2
  br i1 %nt86.c, label %nt.body.83, label %nt.end.85
nt.body.83:
  %v390 = mul nsw i64 %nt86, 16
  store <8 x float> zeroinitializer, ptr %v391, align 32
  store <8 x float> zeroinitializer, ptr %v392, align 32
  store <8 x float> zeroinitializer, ptr %v393, align 32
  store <8 x float> zeroinitializer, ptr %v394, align 32
  %v395 = getelementptr inbounds float, ptr %s, i64 %v390
  br label %k.head.87
k.head.87:
  %k91 = phi i64 [ 0, %nt.body.83 ], [ %k91.next, %k.latch.89 ]
  %k91.c = icmp slt i64 %k91, 18
  br i1 %k91.c, label %k.body.88, label %k.end.90
k.body.88:
  %v396 = mul nsw i64 %k91, 48
  %v397 = getelementptr inbounds float, ptr %v395, i64 %v396
  %v398 = mul nsw i64 %k91, 6
  %v399 = getelementptr inbounds float, ptr %w, i64 %v398
  %v400 = load <8 x float>, ptr %v397, align 4
  %v401 = getelementptr inbounds float, ptr %v397, i64 8
  %v402 = load <8 x float>, ptr %v401, align 4
  %v403 = load float, ptr %v399, align 4
  %v404 = insertelement <8 x float> poison, float %v403, i64 0
  %v405 = shufflevector <8 x float> %v404, <8 x float> poison, <8 x i32> zeroinitializer
  %v406 = load <8 x float>, ptr %v391, align 4
  %v407 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v405, <8 x float> %v400, <8 x float> %v406)
  store <8 x float> %v407, ptr %v391, align 32
  %v408 = load <8 x float>, ptr %v392, align 4
  %v409 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v405, <8 x float> %v402, <8 x float> %v408)
  store <8 x float> %v409, ptr %v392, align 32
  %v410 = getelementptr inbounds float, ptr %v399, i64 1
  %v411 = load float, ptr %v410, align 4
  %v412 = insertelement <8 x float> poison, float %v411, i64 0
  %v413 = shufflevector <8 x float> %v412, <8 x float> poison, <8 x i32> zeroinitializer
  %v414 = load <8 x float>, ptr %v393, align 4
  %v415 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v413, <8 x float> %v400, <8 x float> %v414)
  store <8 x float> %v415, ptr %v393, align 32
  %v416 = load <8 x float>, ptr %v394, align 4
  %v417 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v413, <8 x float> %v402, <8 x float> %v416)
  store <8 x float> %v417, ptr %v394, align 32
  br label %k.latch.89
k.latch.89:
  %k91.next = add nuw nsw i64 %k91, 1
  br label %k.head.87
k.end.90:
  %v418 = getelementptr inbounds float, ptr %w, i64 112
  %v419 = load float, ptr %v418, align 4
  %v420 = insertelement <8 x float> poison, float %v419, i64 0
  %v421 = shufflevector <8 x float> %v420, <8 x float> poison, <8 x i32> zeroinitializer
  %v422 = getelementptr inbounds float, ptr %v3, i64 %v390
  %v423 = load <8 x float>, ptr %v391, align 4
  %v424 = fadd <8 x float> %v423, %v421
  %v425 = fcmp ogt <8 x float> %v424, zeroinitializer
  %v426 = select <8 x i1> %v425, <8 x float> %v424, <8 x float> zeroinitializer
  store <8 x float> %v426, ptr %v422, align 4
  %v427 = load <8 x float>, ptr %v392, align 4
  %v428 = fadd <8 x float> %v427, %v421
  %v429 = fcmp ogt <8 x float> %v428, zeroinitializer
  %v430 = select <8 x i1> %v429, <8 x float> %v428, <8 x float> zeroinitializer
  %v431 = getelementptr inbounds float, ptr %v422, i64 8
  store <8 x float> %v430, ptr %v431, align 4
  %v432 = getelementptr inbounds float, ptr %w, i64 113
  %v433 = load float, ptr %v432, align 4
  %v434 = insertelement <8 x float> poison, float %v433, i64 0
  %v435 = shufflevector <8 x float> %v434, <8 x float> poison, <8 x i32> zeroinitializer
  %v436 = add nsw i64 36, %v390
  %v437 = getelementptr inbounds float, ptr %v3, i64 %v436
  %v438 = load <8 x float>, ptr %v393, align 4
  %v439 = fadd <8 x float> %v438, %v435
  %v440 = fcmp ogt <8 x float> %v439, zeroinitializer
  %v441 = select <8 x i1> %v440, <8 x float> %v439, <8 x float> zeroinitializer
  store <8 x float> %v441, ptr %v437, align 4
  %v442 = load <8 x float>, ptr %v394, align 4
  %v443 = fadd <8 x float> %v442, %v435
  %v444 = fcmp ogt <8 x float> %v443, zeroinitializer
  %v445 = select <8 x i1> %v444, <8 x float> %v443, <8 x float> zeroinitializer
  %v446 = getelementptr inbounds float, ptr %v437, i64 8
  store <8 x float> %v445, ptr %v446, align 4
  br label %nt.latch.84
nt.latch.84:
  %nt86.next = add nuw nsw i64 %nt86, 1
  br label %nt.head.82
nt.end.85:
  store <8 x float> zeroinitializer, ptr %v447, align 32
  store <8 x float> zeroinitializer, ptr %v448, align 32
  %v449 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.92
k.head.92:
  %k96 = phi i64 [ 0, %nt.end.85 ], [ %k96.next, %k.latch.94 ]
  %k96.c = icmp slt i64 %k96, 18
  br i1 %k96.c, label %k.body.93, label %k.end.95
k.body.93:
  %v450 = mul nsw i64 %k96, 48
  %v451 = getelementptr inbounds float, ptr %v449, i64 %v450
  %v452 = mul nsw i64 %k96, 6
  %v453 = getelementptr inbounds float, ptr %w, i64 %v452
  %v454 = load <8 x float>, ptr %v451, align 4
  %v455 = load float, ptr %v453, align 4
  %v456 = insertelement <8 x float> poison, float %v455, i64 0
  %v457 = shufflevector <8 x float> %v456, <8 x float> poison, <8 x i32> zeroinitializer
  %v458 = load <8 x float>, ptr %v447, align 4
  %v459 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v457, <8 x float> %v454, <8 x float> %v458)
  store <8 x float> %v459, ptr %v447, align 32
  %v460 = getelementptr inbounds float, ptr %v453, i64 1
  %v461 = load float, ptr %v460, align 4
  %v462 = insertelement <8 x float> poison, float %v461, i64 0
  %v463 = shufflevector <8 x float> %v462, <8 x float> poison, <8 x i32> zeroinitializer
  %v464 = load <8 x float>, ptr %v448, align 4
  %v465 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v463, <8 x float> %v454, <8 x float> %v464)
  store <8 x float> %v465, ptr %v448, align 32
  br label %k.latch.94
k.latch.94:
  %k96.next = add nuw nsw i64 %k96, 1
  br label %k.head.92
k.end.95:
  %v466 = getelementptr inbounds float, ptr %w, i64 112
  %v467 = load float, ptr %v466, align 4
  %v468 = insertelement <8 x float> poison, float %v467, i64 0
  %v469 = shufflevector <8 x float> %v468, <8 x float> poison, <8 x i32> zeroinitializer
  %v470 = getelementptr inbounds float, ptr %v3, i64 32
  %v471 = load <8 x float>, ptr %v447, align 4
  %v472 = fadd <8 x float> %v471, %v469
  %v473 = fcmp ogt <8 x float> %v472, zeroinitializer
  %v474 = select <8 x i1> %v473, <8 x float> %v472, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v474, ptr %v470, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v475 = getelementptr inbounds float, ptr %w, i64 113
  %v476 = load float, ptr %v475, align 4
  %v477 = insertelement <8 x float> poison, float %v476, i64 0
  %v478 = shufflevector <8 x float> %v477, <8 x float> poison, <8 x i32> zeroinitializer
  %v479 = getelementptr inbounds float, ptr %v3, i64 68
  %v480 = load <8 x float>, ptr %v448, align 4
  %v481 = fadd <8 x float> %v480, %v478
  %v482 = fcmp ogt <8 x float> %v481, zeroinitializer
  %v483 = select <8 x i1> %v482, <8 x float> %v481, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v483, ptr %v479, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
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
  %v77 = alloca <8 x float>, align 32
  %v78 = alloca <8 x float>, align 32
  %v79 = alloca <8 x float>, align 32
  %v80 = alloca <8 x float>, align 32
  %v81 = alloca <8 x float>, align 32
  %v82 = alloca <8 x float>, align 32
  %v83 = alloca <8 x float>, align 32
  %v84 = alloca <8 x float>, align 32
  %v85 = alloca <8 x float>, align 32
  %v86 = alloca <8 x float>, align 32
  %v87 = alloca <8 x float>, align 32
  %v88 = alloca <8 x float>, align 32
  %v296 = alloca <8 x float>, align 32
  %v297 = alloca <8 x float>, align 32
  %v298 = alloca <8 x float>, align 32
  %v299 = alloca <8 x float>, align 32
  %v300 = alloca <8 x float>, align 32
  %v301 = alloca <8 x float>, align 32
  %v449 = alloca <8 x float>, align 32
  %v450 = alloca <8 x float>, align 32
  %v451 = alloca <8 x float>, align 32
  %v452 = alloca <8 x float>, align 32
  %v518 = alloca <8 x float>, align 32
  %v519 = alloca <8 x float>, align 32
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
  store <8 x float> zeroinitializer, ptr %v77, align 32
  store <8 x float> zeroinitializer, ptr %v78, align 32
  store <8 x float> zeroinitializer, ptr %v79, align 32
  store <8 x float> zeroinitializer, ptr %v80, align 32
  store <8 x float> zeroinitializer, ptr %v81, align 32
  store <8 x float> zeroinitializer, ptr %v82, align 32
  store <8 x float> zeroinitializer, ptr %v83, align 32
  store <8 x float> zeroinitializer, ptr %v84, align 32
  store <8 x float> zeroinitializer, ptr %v85, align 32
  store <8 x float> zeroinitializer, ptr %v86, align 32
  store <8 x float> zeroinitializer, ptr %v87, align 32
  store <8 x float> zeroinitializer, ptr %v88, align 32
  %v89 = mul nsw i64 %mt64, 108
  %v90 = add nsw i64 %v89, 128
  %v91 = getelementptr inbounds float, ptr %w, i64 %v90
  %v92 = getelementptr inbounds float, ptr %s, i64 %v76
  br label %k.head.70
k.head.70:
  %k74 = phi i64 [ 0, %nt.body.66 ], [ %k74.next, %k.latch.72 ]
  %k74.c = icmp slt i64 %k74, 18
  br i1 %k74.c, label %k.body.71, label %k.end.73
k.body.71:
  %v93 = mul nsw i64 %k74, 48
  %v94 = getelementptr inbounds float, ptr %v92, i64 %v93
  %v95 = mul nsw i64 %k74, 6
  %v96 = getelementptr inbounds float, ptr %v91, i64 %v95
  %v97 = load <8 x float>, ptr %v94, align 4
  %v98 = getelementptr inbounds float, ptr %v94, i64 8
  %v99 = load <8 x float>, ptr %v98, align 4
  %v100 = load float, ptr %v96, align 4
  %v101 = insertelement <8 x float> poison, float %v100, i64 0
  %v102 = shufflevector <8 x float> %v101, <8 x float> poison, <8 x i32> zeroinitializer
  %v103 = load <8 x float>, ptr %v77, align 4
  %v104 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v102, <8 x float> %v97, <8 x float> %v103)
  store <8 x float> %v104, ptr %v77, align 32
  %v105 = load <8 x float>, ptr %v78, align 4
  %v106 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v102, <8 x float> %v99, <8 x float> %v105)
  store <8 x float> %v106, ptr %v78, align 32
  %v107 = getelementptr inbounds float, ptr %v96, i64 1
  %v108 = load float, ptr %v107, align 4
  %v109 = insertelement <8 x float> poison, float %v108, i64 0
  %v110 = shufflevector <8 x float> %v109, <8 x float> poison, <8 x i32> zeroinitializer
  %v111 = load <8 x float>, ptr %v79, align 4
  %v112 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v110, <8 x float> %v97, <8 x float> %v111)
  store <8 x float> %v112, ptr %v79, align 32
  %v113 = load <8 x float>, ptr %v80, align 4
  %v114 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v110, <8 x float> %v99, <8 x float> %v113)
  store <8 x float> %v114, ptr %v80, align 32
  %v115 = getelementptr inbounds float, ptr %v96, i64 2
  %v116 = load float, ptr %v115, align 4
  %v117 = insertelement <8 x float> poison, float %v116, i64 0
  %v118 = shufflevector <8 x float> %v117, <8 x float> poison, <8 x i32> zeroinitializer
  %v119 = load <8 x float>, ptr %v81, align 4
  %v120 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v118, <8 x float> %v97, <8 x float> %v119)
  store <8 x float> %v120, ptr %v81, align 32
  %v121 = load <8 x float>, ptr %v82, align 4
  %v122 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v118, <8 x float> %v99, <8 x float> %v121)
  store <8 x float> %v122, ptr %v82, align 32
  %v123 = getelementptr inbounds float, ptr %v96, i64 3
  %v124 = load float, ptr %v123, align 4
  %v125 = insertelement <8 x float> poison, float %v124, i64 0
  %v126 = shufflevector <8 x float> %v125, <8 x float> poison, <8 x i32> zeroinitializer
  %v127 = load <8 x float>, ptr %v83, align 4
  %v128 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v126, <8 x float> %v97, <8 x float> %v127)
  store <8 x float> %v128, ptr %v83, align 32
  %v129 = load <8 x float>, ptr %v84, align 4
  %v130 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v126, <8 x float> %v99, <8 x float> %v129)
  store <8 x float> %v130, ptr %v84, align 32
  %v131 = getelementptr inbounds float, ptr %v96, i64 4
  %v132 = load float, ptr %v131, align 4
  %v133 = insertelement <8 x float> poison, float %v132, i64 0
  %v134 = shufflevector <8 x float> %v133, <8 x float> poison, <8 x i32> zeroinitializer
  %v135 = load <8 x float>, ptr %v85, align 4
  %v136 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v134, <8 x float> %v97, <8 x float> %v135)
  store <8 x float> %v136, ptr %v85, align 32
  %v137 = load <8 x float>, ptr %v86, align 4
  %v138 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v134, <8 x float> %v99, <8 x float> %v137)
  store <8 x float> %v138, ptr %v86, align 32
  %v139 = getelementptr inbounds float, ptr %v96, i64 5
  %v140 = load float, ptr %v139, align 4
  %v141 = insertelement <8 x float> poison, float %v140, i64 0
  %v142 = shufflevector <8 x float> %v141, <8 x float> poison, <8 x i32> zeroinitializer
  %v143 = load <8 x float>, ptr %v87, align 4
  %v144 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v142, <8 x float> %v97, <8 x float> %v143)
  store <8 x float> %v144, ptr %v87, align 32
  %v145 = load <8 x float>, ptr %v88, align 4
  %v146 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v142, <8 x float> %v99, <8 x float> %v145)
  store <8 x float> %v146, ptr %v88, align 32
  br label %k.latch.72
k.latch.72:
  %k74.next = add nuw nsw i64 %k74, 1
  br label %k.head.70
k.end.73:
  %v147 = mul nsw i64 %mt64, 6
  %v148 = add nsw i64 %v147, 240
  %v149 = getelementptr inbounds float, ptr %w, i64 %v148
  %v150 = load float, ptr %v149, align 4
  %v151 = insertelement <8 x float> poison, float %v150, i64 0
  %v152 = shufflevector <8 x float> %v151, <8 x float> poison, <8 x i32> zeroinitializer
  %v153 = mul nsw i64 %v147, 36
  %v154 = add nsw i64 %v153, %v76
  %v155 = getelementptr inbounds float, ptr %v3, i64 %v154
  %v156 = getelementptr inbounds float, ptr %v5, i64 %v154
  %v157 = load <8 x float>, ptr %v77, align 4
  %v158 = fadd <8 x float> %v157, %v152
  %v159 = load <8 x float>, ptr %v156, align 4
  %v160 = fadd <8 x float> %v158, %v159
  %v161 = fcmp ogt <8 x float> %v160, zeroinitializer
  %v162 = select <8 x i1> %v161, <8 x float> %v160, <8 x float> zeroinitializer
  store <8 x float> %v162, ptr %v155, align 4
  %v163 = load <8 x float>, ptr %v78, align 4
  %v164 = fadd <8 x float> %v163, %v152
  %v165 = getelementptr inbounds float, ptr %v156, i64 8
  %v166 = load <8 x float>, ptr %v165, align 4
  %v167 = fadd <8 x float> %v164, %v166
  %v168 = fcmp ogt <8 x float> %v167, zeroinitializer
  %v169 = select <8 x i1> %v168, <8 x float> %v167, <8 x float> zeroinitializer
  %v170 = getelementptr inbounds float, ptr %v155, i64 8
  store <8 x float> %v169, ptr %v170, align 4
  %v171 = mul nsw i64 %mt64, 6
  %v172 = add nsw i64 %v171, 1
  %v173 = add nsw i64 %v172, 240
  %v174 = getelementptr inbounds float, ptr %w, i64 %v173
  %v175 = load float, ptr %v174, align 4
  %v176 = insertelement <8 x float> poison, float %v175, i64 0
  %v177 = shufflevector <8 x float> %v176, <8 x float> poison, <8 x i32> zeroinitializer
  %v178 = mul nsw i64 %v172, 36
  %v179 = add nsw i64 %v178, %v76
  %v180 = getelementptr inbounds float, ptr %v3, i64 %v179
  %v181 = getelementptr inbounds float, ptr %v5, i64 %v179
  %v182 = load <8 x float>, ptr %v79, align 4
  %v183 = fadd <8 x float> %v182, %v177
  %v184 = load <8 x float>, ptr %v181, align 4
  %v185 = fadd <8 x float> %v183, %v184
  %v186 = fcmp ogt <8 x float> %v185, zeroinitializer
  %v187 = select <8 x i1> %v186, <8 x float> %v185, <8 x float> zeroinitializer
  store <8 x float> %v187, ptr %v180, align 4
  %v188 = load <8 x float>, ptr %v80, align 4
  %v189 = fadd <8 x float> %v188, %v177
  %v190 = getelementptr inbounds float, ptr %v181, i64 8
  %v191 = load <8 x float>, ptr %v190, align 4
  %v192 = fadd <8 x float> %v189, %v191
  %v193 = fcmp ogt <8 x float> %v192, zeroinitializer
  %v194 = select <8 x i1> %v193, <8 x float> %v192, <8 x float> zeroinitializer
  %v195 = getelementptr inbounds float, ptr %v180, i64 8
  store <8 x float> %v194, ptr %v195, align 4
  %v196 = mul nsw i64 %mt64, 6
  %v197 = add nsw i64 %v196, 2
  %v198 = add nsw i64 %v197, 240
  %v199 = getelementptr inbounds float, ptr %w, i64 %v198
  %v200 = load float, ptr %v199, align 4
  %v201 = insertelement <8 x float> poison, float %v200, i64 0
  %v202 = shufflevector <8 x float> %v201, <8 x float> poison, <8 x i32> zeroinitializer
  %v203 = mul nsw i64 %v197, 36
  %v204 = add nsw i64 %v203, %v76
  %v205 = getelementptr inbounds float, ptr %v3, i64 %v204
  %v206 = getelementptr inbounds float, ptr %v5, i64 %v204
  %v207 = load <8 x float>, ptr %v81, align 4
  %v208 = fadd <8 x float> %v207, %v202
  %v209 = load <8 x float>, ptr %v206, align 4
  %v210 = fadd <8 x float> %v208, %v209
  %v211 = fcmp ogt <8 x float> %v210, zeroinitializer
  %v212 = select <8 x i1> %v211, <8 x float> %v210, <8 x float> zeroinitializer
  store <8 x float> %v212, ptr %v205, align 4
  %v213 = load <8 x float>, ptr %v82, align 4
  %v214 = fadd <8 x float> %v213, %v202
  %v215 = getelementptr inbounds float, ptr %v206, i64 8
  %v216 = load <8 x float>, ptr %v215, align 4
  %v217 = fadd <8 x float> %v214, %v216
  %v218 = fcmp ogt <8 x float> %v217, zeroinitializer
  %v219 = select <8 x i1> %v218, <8 x float> %v217, <8 x float> zeroinitializer
  %v220 = getelementptr inbounds float, ptr %v205, i64 8
  store <8 x float> %v219, ptr %v220, align 4
  %v221 = mul nsw i64 %mt64, 6
  %v222 = add nsw i64 %v221, 3
  %v223 = add nsw i64 %v222, 240
  %v224 = getelementptr inbounds float, ptr %w, i64 %v223
  %v225 = load float, ptr %v224, align 4
  %v226 = insertelement <8 x float> poison, float %v225, i64 0
  %v227 = shufflevector <8 x float> %v226, <8 x float> poison, <8 x i32> zeroinitializer
  %v228 = mul nsw i64 %v222, 36
  %v229 = add nsw i64 %v228, %v76
  %v230 = getelementptr inbounds float, ptr %v3, i64 %v229
  %v231 = getelementptr inbounds float, ptr %v5, i64 %v229
  %v232 = load <8 x float>, ptr %v83, align 4
  %v233 = fadd <8 x float> %v232, %v227
  %v234 = load <8 x float>, ptr %v231, align 4
  %v235 = fadd <8 x float> %v233, %v234
  %v236 = fcmp ogt <8 x float> %v235, zeroinitializer
  %v237 = select <8 x i1> %v236, <8 x float> %v235, <8 x float> zeroinitializer
  store <8 x float> %v237, ptr %v230, align 4
  %v238 = load <8 x float>, ptr %v84, align 4
  %v239 = fadd <8 x float> %v238, %v227
  %v240 = getelementptr inbounds float, ptr %v231, i64 8
  %v241 = load <8 x float>, ptr %v240, align 4
  %v242 = fadd <8 x float> %v239, %v241
  %v243 = fcmp ogt <8 x float> %v242, zeroinitializer
  %v244 = select <8 x i1> %v243, <8 x float> %v242, <8 x float> zeroinitializer
  %v245 = getelementptr inbounds float, ptr %v230, i64 8
  store <8 x float> %v244, ptr %v245, align 4
  %v246 = mul nsw i64 %mt64, 6
  %v247 = add nsw i64 %v246, 4
  %v248 = add nsw i64 %v247, 240
  %v249 = getelementptr inbounds float, ptr %w, i64 %v248
  %v250 = load float, ptr %v249, align 4
  %v251 = insertelement <8 x float> poison, float %v250, i64 0
  %v252 = shufflevector <8 x float> %v251, <8 x float> poison, <8 x i32> zeroinitializer
  %v253 = mul nsw i64 %v247, 36
  %v254 = add nsw i64 %v253, %v76
  %v255 = getelementptr inbounds float, ptr %v3, i64 %v254
  %v256 = getelementptr inbounds float, ptr %v5, i64 %v254
  %v257 = load <8 x float>, ptr %v85, align 4
  %v258 = fadd <8 x float> %v257, %v252
  %v259 = load <8 x float>, ptr %v256, align 4
  %v260 = fadd <8 x float> %v258, %v259
  %v261 = fcmp ogt <8 x float> %v260, zeroinitializer
  %v262 = select <8 x i1> %v261, <8 x float> %v260, <8 x float> zeroinitializer
  store <8 x float> %v262, ptr %v255, align 4
  %v263 = load <8 x float>, ptr %v86, align 4
  %v264 = fadd <8 x float> %v263, %v252
  %v265 = getelementptr inbounds float, ptr %v256, i64 8
  %v266 = load <8 x float>, ptr %v265, align 4
  %v267 = fadd <8 x float> %v264, %v266
  %v268 = fcmp ogt <8 x float> %v267, zeroinitializer
  %v269 = select <8 x i1> %v268, <8 x float> %v267, <8 x float> zeroinitializer
  %v270 = getelementptr inbounds float, ptr %v255, i64 8
  store <8 x float> %v269, ptr %v270, align 4
  %v271 = mul nsw i64 %mt64, 6
  %v272 = add nsw i64 %v271, 5
  %v273 = add nsw i64 %v272, 240
  %v274 = getelementptr inbounds float, ptr %w, i64 %v273
  %v275 = load float, ptr %v274, align 4
  %v276 = insertelement <8 x float> poison, float %v275, i64 0
  %v277 = shufflevector <8 x float> %v276, <8 x float> poison, <8 x i32> zeroinitializer
  %v278 = mul nsw i64 %v272, 36
  %v279 = add nsw i64 %v278, %v76
  %v280 = getelementptr inbounds float, ptr %v3, i64 %v279
  %v281 = getelementptr inbounds float, ptr %v5, i64 %v279
  %v282 = load <8 x float>, ptr %v87, align 4
  %v283 = fadd <8 x float> %v282, %v277
  %v284 = load <8 x float>, ptr %v281, align 4
  %v285 = fadd <8 x float> %v283, %v284
  %v286 = fcmp ogt <8 x float> %v285, zeroinitializer
  %v287 = select <8 x i1> %v286, <8 x float> %v285, <8 x float> zeroinitializer
  store <8 x float> %v287, ptr %v280, align 4
  %v288 = load <8 x float>, ptr %v88, align 4
  %v289 = fadd <8 x float> %v288, %v277
  %v290 = getelementptr inbounds float, ptr %v281, i64 8
  %v291 = load <8 x float>, ptr %v290, align 4
  %v292 = fadd <8 x float> %v289, %v291
  %v293 = fcmp ogt <8 x float> %v292, zeroinitializer
  %v294 = select <8 x i1> %v293, <8 x float> %v292, <8 x float> zeroinitializer
  %v295 = getelementptr inbounds float, ptr %v280, i64 8
  store <8 x float> %v294, ptr %v295, align 4
  br label %nt.latch.67
nt.latch.67:
  %nt69.next = add nuw nsw i64 %nt69, 1
  br label %nt.head.65
nt.end.68:
  store <8 x float> zeroinitializer, ptr %v296, align 32
  store <8 x float> zeroinitializer, ptr %v297, align 32
  store <8 x float> zeroinitializer, ptr %v298, align 32
  store <8 x float> zeroinitializer, ptr %v299, align 32
  store <8 x float> zeroinitializer, ptr %v300, align 32
  store <8 x float> zeroinitializer, ptr %v301, align 32
  %v302 = mul nsw i64 %mt64, 108
  %v303 = add nsw i64 %v302, 128
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
  %v314 = load <8 x float>, ptr %v296, align 4
  %v315 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v313, <8 x float> %v310, <8 x float> %v314)
  store <8 x float> %v315, ptr %v296, align 32
  %v316 = getelementptr inbounds float, ptr %v309, i64 1
  %v317 = load float, ptr %v316, align 4
  %v318 = insertelement <8 x float> poison, float %v317, i64 0
  %v319 = shufflevector <8 x float> %v318, <8 x float> poison, <8 x i32> zeroinitializer
  %v320 = load <8 x float>, ptr %v297, align 4
  %v321 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v319, <8 x float> %v310, <8 x float> %v320)
  store <8 x float> %v321, ptr %v297, align 32
  %v322 = getelementptr inbounds float, ptr %v309, i64 2
  %v323 = load float, ptr %v322, align 4
  %v324 = insertelement <8 x float> poison, float %v323, i64 0
  %v325 = shufflevector <8 x float> %v324, <8 x float> poison, <8 x i32> zeroinitializer
  %v326 = load <8 x float>, ptr %v298, align 4
  %v327 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v325, <8 x float> %v310, <8 x float> %v326)
  store <8 x float> %v327, ptr %v298, align 32
  %v328 = getelementptr inbounds float, ptr %v309, i64 3
  %v329 = load float, ptr %v328, align 4
  %v330 = insertelement <8 x float> poison, float %v329, i64 0
  %v331 = shufflevector <8 x float> %v330, <8 x float> poison, <8 x i32> zeroinitializer
  %v332 = load <8 x float>, ptr %v299, align 4
  %v333 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v331, <8 x float> %v310, <8 x float> %v332)
  store <8 x float> %v333, ptr %v299, align 32
  %v334 = getelementptr inbounds float, ptr %v309, i64 4
  %v335 = load float, ptr %v334, align 4
  %v336 = insertelement <8 x float> poison, float %v335, i64 0
  %v337 = shufflevector <8 x float> %v336, <8 x float> poison, <8 x i32> zeroinitializer
  %v338 = load <8 x float>, ptr %v300, align 4
  %v339 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v337, <8 x float> %v310, <8 x float> %v338)
  store <8 x float> %v339, ptr %v300, align 32
  %v340 = getelementptr inbounds float, ptr %v309, i64 5
  %v341 = load float, ptr %v340, align 4
  %v342 = insertelement <8 x float> poison, float %v341, i64 0
  %v343 = shufflevector <8 x float> %v342, <8 x float> poison, <8 x i32> zeroinitializer
  %v344 = load <8 x float>, ptr %v301, align 4
  %v345 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v343, <8 x float> %v310, <8 x float> %v344)
  store <8 x float> %v345, ptr %v301, align 32
  br label %k.latch.77
k.latch.77:
  %k79.next = add nuw nsw i64 %k79, 1
  br label %k.head.75
k.end.78:
  %v346 = mul nsw i64 %mt64, 6
  %v347 = add nsw i64 %v346, 240
  %v348 = getelementptr inbounds float, ptr %w, i64 %v347
  %v349 = load float, ptr %v348, align 4
  %v350 = insertelement <8 x float> poison, float %v349, i64 0
  %v351 = shufflevector <8 x float> %v350, <8 x float> poison, <8 x i32> zeroinitializer
  %v352 = mul nsw i64 %v346, 36
  %v353 = add nsw i64 %v352, 32
  %v354 = getelementptr inbounds float, ptr %v3, i64 %v353
  %v355 = getelementptr inbounds float, ptr %v5, i64 %v353
  %v356 = load <8 x float>, ptr %v296, align 4
  %v357 = fadd <8 x float> %v356, %v351
  %v358 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v355, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v359 = fadd <8 x float> %v357, %v358
  %v360 = fcmp ogt <8 x float> %v359, zeroinitializer
  %v361 = select <8 x i1> %v360, <8 x float> %v359, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v361, ptr %v354, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v362 = mul nsw i64 %mt64, 6
  %v363 = add nsw i64 %v362, 1
  %v364 = add nsw i64 %v363, 240
  %v365 = getelementptr inbounds float, ptr %w, i64 %v364
  %v366 = load float, ptr %v365, align 4
  %v367 = insertelement <8 x float> poison, float %v366, i64 0
  %v368 = shufflevector <8 x float> %v367, <8 x float> poison, <8 x i32> zeroinitializer
  %v369 = mul nsw i64 %v363, 36
  %v370 = add nsw i64 %v369, 32
  %v371 = getelementptr inbounds float, ptr %v3, i64 %v370
  %v372 = getelementptr inbounds float, ptr %v5, i64 %v370
  %v373 = load <8 x float>, ptr %v297, align 4
  %v374 = fadd <8 x float> %v373, %v368
  %v375 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v372, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v376 = fadd <8 x float> %v374, %v375
  %v377 = fcmp ogt <8 x float> %v376, zeroinitializer
  %v378 = select <8 x i1> %v377, <8 x float> %v376, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v378, ptr %v371, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v379 = mul nsw i64 %mt64, 6
  %v380 = add nsw i64 %v379, 2
  %v381 = add nsw i64 %v380, 240
  %v382 = getelementptr inbounds float, ptr %w, i64 %v381
  %v383 = load float, ptr %v382, align 4
  %v384 = insertelement <8 x float> poison, float %v383, i64 0
  %v385 = shufflevector <8 x float> %v384, <8 x float> poison, <8 x i32> zeroinitializer
  %v386 = mul nsw i64 %v380, 36
  %v387 = add nsw i64 %v386, 32
  %v388 = getelementptr inbounds float, ptr %v3, i64 %v387
  %v389 = getelementptr inbounds float, ptr %v5, i64 %v387
  %v390 = load <8 x float>, ptr %v298, align 4
  %v391 = fadd <8 x float> %v390, %v385
  %v392 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v389, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v393 = fadd <8 x float> %v391, %v392
  %v394 = fcmp ogt <8 x float> %v393, zeroinitializer
  %v395 = select <8 x i1> %v394, <8 x float> %v393, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v395, ptr %v388, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v396 = mul nsw i64 %mt64, 6
  %v397 = add nsw i64 %v396, 3
  %v398 = add nsw i64 %v397, 240
  %v399 = getelementptr inbounds float, ptr %w, i64 %v398
  %v400 = load float, ptr %v399, align 4
  %v401 = insertelement <8 x float> poison, float %v400, i64 0
  %v402 = shufflevector <8 x float> %v401, <8 x float> poison, <8 x i32> zeroinitializer
  %v403 = mul nsw i64 %v397, 36
  %v404 = add nsw i64 %v403, 32
  %v405 = getelementptr inbounds float, ptr %v3, i64 %v404
  %v406 = getelementptr inbounds float, ptr %v5, i64 %v404
  %v407 = load <8 x float>, ptr %v299, align 4
  %v408 = fadd <8 x float> %v407, %v402
  %v409 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v406, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v410 = fadd <8 x float> %v408, %v409
  %v411 = fcmp ogt <8 x float> %v410, zeroinitializer
  %v412 = select <8 x i1> %v411, <8 x float> %v410, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v412, ptr %v405, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v413 = mul nsw i64 %mt64, 6
  %v414 = add nsw i64 %v413, 4
  %v415 = add nsw i64 %v414, 240
  %v416 = getelementptr inbounds float, ptr %w, i64 %v415
  %v417 = load float, ptr %v416, align 4
  %v418 = insertelement <8 x float> poison, float %v417, i64 0
  %v419 = shufflevector <8 x float> %v418, <8 x float> poison, <8 x i32> zeroinitializer
  %v420 = mul nsw i64 %v414, 36
  %v421 = add nsw i64 %v420, 32
  %v422 = getelementptr inbounds float, ptr %v3, i64 %v421
  %v423 = getelementptr inbounds float, ptr %v5, i64 %v421
  %v424 = load <8 x float>, ptr %v300, align 4
  %v425 = fadd <8 x float> %v424, %v419
  %v426 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v423, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v427 = fadd <8 x float> %v425, %v426
  %v428 = fcmp ogt <8 x float> %v427, zeroinitializer
  %v429 = select <8 x i1> %v428, <8 x float> %v427, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v429, ptr %v422, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v430 = mul nsw i64 %mt64, 6
  %v431 = add nsw i64 %v430, 5
  %v432 = add nsw i64 %v431, 240
  %v433 = getelementptr inbounds float, ptr %w, i64 %v432
  %v434 = load float, ptr %v433, align 4
  %v435 = insertelement <8 x float> poison, float %v434, i64 0
  %v436 = shufflevector <8 x float> %v435, <8 x float> poison, <8 x i32> zeroinitializer
  %v437 = mul nsw i64 %v431, 36
  %v438 = add nsw i64 %v437, 32
  %v439 = getelementptr inbounds float, ptr %v3, i64 %v438
  %v440 = getelementptr inbounds float, ptr %v5, i64 %v438
  %v441 = load <8 x float>, ptr %v301, align 4
  %v442 = fadd <8 x float> %v441, %v436
  %v443 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v440, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v444 = fadd <8 x float> %v442, %v443
  %v445 = fcmp ogt <8 x float> %v444, zeroinitializer
  %v446 = select <8 x i1> %v445, <8 x float> %v444, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v446, ptr %v439, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  br label %mt.latch.62
mt.latch.62:
  %mt64.next = add nuw nsw i64 %mt64, 1
  br label %mt.head.60
mt.end.63:
  %v447 = icmp eq i64 %hi, 2
  br i1 %v447, label %then.80, label %endif.81
then.80:
  br label %nt.head.82
nt.head.82:
  %nt86 = phi i64 [ 0, %then.80 ], [ %nt86.next, %nt.latch.84 ]
  %nt86.c = icmp slt i64 %nt86, 2
  br i1 %nt86.c, label %nt.body.83, label %nt.end.85
nt.body.83:
  %v448 = mul nsw i64 %nt86, 16
  store <8 x float> zeroinitializer, ptr %v449, align 32
  store <8 x float> zeroinitializer, ptr %v450, align 32
  store <8 x float> zeroinitializer, ptr %v451, align 32
  store <8 x float> zeroinitializer, ptr %v452, align 32
  %v453 = getelementptr inbounds float, ptr %w, i64 128
  %v454 = getelementptr inbounds float, ptr %s, i64 %v448
  br label %k.head.87
k.head.87:
  %k91 = phi i64 [ 0, %nt.body.83 ], [ %k91.next, %k.latch.89 ]
  %k91.c = icmp slt i64 %k91, 18
  br i1 %k91.c, label %k.body.88, label %k.end.90
k.body.88:
  %v455 = mul nsw i64 %k91, 48
  %v456 = getelementptr inbounds float, ptr %v454, i64 %v455
  %v457 = mul nsw i64 %k91, 6
  %v458 = getelementptr inbounds float, ptr %v453, i64 %v457
  %v459 = load <8 x float>, ptr %v456, align 4
  %v460 = getelementptr inbounds float, ptr %v456, i64 8
  %v461 = load <8 x float>, ptr %v460, align 4
  %v462 = load float, ptr %v458, align 4
  %v463 = insertelement <8 x float> poison, float %v462, i64 0
  %v464 = shufflevector <8 x float> %v463, <8 x float> poison, <8 x i32> zeroinitializer
  %v465 = load <8 x float>, ptr %v449, align 4
  %v466 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v464, <8 x float> %v459, <8 x float> %v465)
  store <8 x float> %v466, ptr %v449, align 32
  %v467 = load <8 x float>, ptr %v450, align 4
  %v468 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v464, <8 x float> %v461, <8 x float> %v467)
  store <8 x float> %v468, ptr %v450, align 32
  %v469 = getelementptr inbounds float, ptr %v458, i64 1
  %v470 = load float, ptr %v469, align 4
  %v471 = insertelement <8 x float> poison, float %v470, i64 0
  %v472 = shufflevector <8 x float> %v471, <8 x float> poison, <8 x i32> zeroinitializer
  %v473 = load <8 x float>, ptr %v451, align 4
  %v474 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v472, <8 x float> %v459, <8 x float> %v473)
  store <8 x float> %v474, ptr %v451, align 32
  %v475 = load <8 x float>, ptr %v452, align 4
  %v476 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v472, <8 x float> %v461, <8 x float> %v475)
  store <8 x float> %v476, ptr %v452, align 32
  br label %k.latch.89
k.latch.89:
  %k91.next = add nuw nsw i64 %k91, 1
  br label %k.head.87
k.end.90:
  %v477 = getelementptr inbounds float, ptr %w, i64 240
  %v478 = load float, ptr %v477, align 4
  %v479 = insertelement <8 x float> poison, float %v478, i64 0
  %v480 = shufflevector <8 x float> %v479, <8 x float> poison, <8 x i32> zeroinitializer
  %v481 = getelementptr inbounds float, ptr %v3, i64 %v448
  %v482 = getelementptr inbounds float, ptr %v5, i64 %v448
  %v483 = load <8 x float>, ptr %v449, align 4
  %v484 = fadd <8 x float> %v483, %v480
  %v485 = load <8 x float>, ptr %v482, align 4
  %v486 = fadd <8 x float> %v484, %v485
  %v487 = fcmp ogt <8 x float> %v486, zeroinitializer
  %v488 = select <8 x i1> %v487, <8 x float> %v486, <8 x float> zeroinitializer
  store <8 x float> %v488, ptr %v481, align 4
  %v489 = load <8 x float>, ptr %v450, align 4
  %v490 = fadd <8 x float> %v489, %v480
  %v491 = getelementptr inbounds float, ptr %v482, i64 8
  %v492 = load <8 x float>, ptr %v491, align 4
  %v493 = fadd <8 x float> %v490, %v492
  %v494 = fcmp ogt <8 x float> %v493, zeroinitializer
  %v495 = select <8 x i1> %v494, <8 x float> %v493, <8 x float> zeroinitializer
  %v496 = getelementptr inbounds float, ptr %v481, i64 8
  store <8 x float> %v495, ptr %v496, align 4
  %v497 = getelementptr inbounds float, ptr %w, i64 241
  %v498 = load float, ptr %v497, align 4
  %v499 = insertelement <8 x float> poison, float %v498, i64 0
  %v500 = shufflevector <8 x float> %v499, <8 x float> poison, <8 x i32> zeroinitializer
  %v501 = add nsw i64 36, %v448
  %v502 = getelementptr inbounds float, ptr %v3, i64 %v501
  %v503 = getelementptr inbounds float, ptr %v5, i64 %v501
  %v504 = load <8 x float>, ptr %v451, align 4
  %v505 = fadd <8 x float> %v504, %v500
  %v506 = load <8 x float>, ptr %v503, align 4
  %v507 = fadd <8 x float> %v505, %v506
  %v508 = fcmp ogt <8 x float> %v507, zeroinitializer
  %v509 = select <8 x i1> %v508, <8 x float> %v507, <8 x float> zeroinitializer
  store <8 x float> %v509, ptr %v502, align 4
  %v510 = load <8 x float>, ptr %v452, align 4
  %v511 = fadd <8 x float> %v510, %v500
  %v512 = getelementptr inbounds float, ptr %v503, i64 8
  %v513 = load <8 x float>, ptr %v512, align 4
  %v514 = fadd <8 x float> %v511, %v513
  %v515 = fcmp ogt <8 x float> %v514, zeroinitializer
  %v516 = select <8 x i1> %v515, <8 x float> %v514, <8 x float> zeroinitializer
  %v517 = getelementptr inbounds float, ptr %v502, i64 8
  store <8 x float> %v516, ptr %v517, align 4
  br label %nt.latch.84
nt.latch.84:
  %nt86.next = add nuw nsw i64 %nt86, 1
  br label %nt.head.82
nt.end.85:
  store <8 x float> zeroinitializer, ptr %v518, align 32
  store <8 x float> zeroinitializer, ptr %v519, align 32
  %v520 = getelementptr inbounds float, ptr %w, i64 128
  %v521 = getelementptr inbounds float, ptr %s, i64 32
  br label %k.head.92
k.head.92:
  %k96 = phi i64 [ 0, %nt.end.85 ], [ %k96.next, %k.latch.94 ]
  %k96.c = icmp slt i64 %k96, 18
  br i1 %k96.c, label %k.body.93, label %k.end.95
k.body.93:
  %v522 = mul nsw i64 %k96, 48
  %v523 = getelementptr inbounds float, ptr %v521, i64 %v522
  %v524 = mul nsw i64 %k96, 6
  %v525 = getelementptr inbounds float, ptr %v520, i64 %v524
  %v526 = load <8 x float>, ptr %v523, align 4
  %v527 = load float, ptr %v525, align 4
  %v528 = insertelement <8 x float> poison, float %v527, i64 0
  %v529 = shufflevector <8 x float> %v528, <8 x float> poison, <8 x i32> zeroinitializer
  %v530 = load <8 x float>, ptr %v518, align 4
  %v531 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v529, <8 x float> %v526, <8 x float> %v530)
  store <8 x float> %v531, ptr %v518, align 32
  %v532 = getelementptr inbounds float, ptr %v525, i64 1
  %v533 = load float, ptr %v532, align 4
  %v534 = insertelement <8 x float> poison, float %v533, i64 0
  %v535 = shufflevector <8 x float> %v534, <8 x float> poison, <8 x i32> zeroinitializer
  %v536 = load <8 x float>, ptr %v519, align 4
  %v537 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %v535, <8 x float> %v526, <8 x float> %v536)
  store <8 x float> %v537, ptr %v519, align 32
  br label %k.latch.94
k.latch.94:
  %k96.next = add nuw nsw i64 %k96, 1
  br label %k.head.92
k.end.95:
  %v538 = getelementptr inbounds float, ptr %w, i64 240
  %v539 = load float, ptr %v538, align 4
  %v540 = insertelement <8 x float> poison, float %v539, i64 0
  %v541 = shufflevector <8 x float> %v540, <8 x float> poison, <8 x i32> zeroinitializer
  %v542 = getelementptr inbounds float, ptr %v3, i64 32
  %v543 = getelementptr inbounds float, ptr %v5, i64 32
  %v544 = load <8 x float>, ptr %v518, align 4
  %v545 = fadd <8 x float> %v544, %v541
  %v546 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v543, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v547 = fadd <8 x float> %v545, %v546
  %v548 = fcmp ogt <8 x float> %v547, zeroinitializer
  %v549 = select <8 x i1> %v548, <8 x float> %v547, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v549, ptr %v542, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
  %v550 = getelementptr inbounds float, ptr %w, i64 241
  %v551 = load float, ptr %v550, align 4
  %v552 = insertelement <8 x float> poison, float %v551, i64 0
  %v553 = shufflevector <8 x float> %v552, <8 x float> poison, <8 x i32> zeroinitializer
  %v554 = getelementptr inbounds float, ptr %v3, i64 68
  %v555 = getelementptr inbounds float, ptr %v5, i64 68
  %v556 = load <8 x float>, ptr %v519, align 4
  %v557 = fadd <8 x float> %v556, %v553
  %v558 = call <8 x float> @llvm.masked.load.v8f32.p0(ptr %v555, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>, <8 x float> zeroinitializer)
  %v559 = fadd <8 x float> %v557, %v558
  %v560 = fcmp ogt <8 x float> %v559, zeroinitializer
  %v561 = select <8 x i1> %v560, <8 x float> %v559, <8 x float> zeroinitializer
  call void @llvm.masked.store.v8f32.p0(<8 x float> %v561, ptr %v554, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false, i1 false>)
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
