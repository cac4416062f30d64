// The .net language: networks and parametric blocks written as chains of layers.
// Only syntax lives here; netc.syntax.AstBuilder turns parse trees into AST records.
grammar Net;

file        : importDecl* definition* EOF ;

importDecl  : 'import' (STRING | IDENT) ';'? ;

definition  : 'block' IDENT '(' params? ')' body          # blockDef
            | 'network' IDENT '(' params? ')' body        # networkDef
            | 'network' IDENT '=' IDENT '(' args? ')' ';'? # networkAlias
            ;

params      : param (',' param)* ','? ;
param       : IDENT ':' SHAPE                             # shapeParam
            | IDENT (':' typeName=IDENT)? ('=' expr)?     # valueParam
            ;

body        : '{' statement* '}' ;

// Statements are not separated by newlines: a chain ends where the next token cannot continue it.
statement   : 'let' IDENT '=' expr ';'?                                # letStmt
            | 'output' IDENT ('=' chain)? ';'?                         # outputStmt
            | IDENT '=' chain ';'?                                     # bindStmt
            | 'repeat' (IDENT 'in')? expr ('..' expr)? body            # repeatStmt
            | 'assert' expr (',' message=STRING)? ';'?                 # assertStmt
            | ifStatement                                              # ifStmt
            | chain ';'?                                               # chainStmt
            ;

ifStatement : 'if' expr body ('else' (ifStatement | body))? ;

chain       : element ('->' element)* ;

element     : (label ':')? atom ;
label       : IDENT | INT | STRING ;
atom        : IDENT '{' statement* '}'                                 # joinAtom
            | IDENT ('(' args? ')')?                                   # callAtom
            | 'in'                                                     # inputAtom
            | '{' statement* '}'                                       # groupAtom
            ;

args        : arg (',' arg)* ','? ;
arg         : (IDENT ':')? expr ;

expr        : primary                                                  # primaryExpr
            | expr '.' IDENT                                           # memberExpr
            | expr '[' expr ']'                                        # indexExpr
            | op=('-' | 'not') expr                                    # unaryExpr
            | <assoc=right> expr '**' expr                             # powExpr
            | expr op=('*' | '/' | '%') expr                           # mulExpr
            | expr op=('+' | '-') expr                                 # addExpr
            | expr op=('==' | '!=' | '<' | '<=' | '>' | '>=') expr     # cmpExpr
            // membership; after `repeat NAME` the 'in' is the loop's (the first alternative wins)
            | expr 'not'? 'in' expr                                    # memberOfExpr
            | expr 'and' expr                                          # andExpr
            | expr 'or' expr                                           # orExpr
            | <assoc=right> expr '?' expr ':' expr                     # condExpr
            ;

primary     : INT                                                      # intLit
            | FLOAT                                                    # floatLit
            | STRING                                                   # stringLit
            | SHAPE                                                    # shapeLit
            | ('true' | 'false')                                       # boolLit
            | IDENT '(' args? ')'                                      # callExpr
            | IDENT                                                    # nameExpr
            | 'in'                                                     # inExpr
            | '[' (expr (',' expr)* ','?)? ']'                         # listExpr
            | '(' expr ')'                                             # parenExpr
            ;

SHAPE       : [0-9]+ ('x' [0-9]+)+ ;
FLOAT       : [0-9]+ '.' [0-9]+ EXPONENT? | [0-9]+ EXPONENT ;
INT         : [0-9]+ ;
IDENT       : [a-zA-Z_] [a-zA-Z_0-9]* ;
STRING      : '"' (~["\\\r\n] | '\\' .)* '"' ;
fragment EXPONENT : [eE] [+-]? [0-9]+ ;

LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN) ;
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
WS          : [ \t\r\n]+ -> channel(HIDDEN) ;
// Anything else becomes a token the parser rejects with a positioned diagnostic, not a lexer crash.
BAD_CHAR    : . ;
