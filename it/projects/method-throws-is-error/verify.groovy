def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/allocbudget/report.json')
def htmlReport = new File(basedir, 'target/allocbudget/report.html') // where the console points

// the exception, then the user's frames only: no frames of the harness below them
def parseError = 'demo.ParserBudget#parse: the method threw java.lang.IllegalStateException: boom\n' +
        '\tat demo.Parser.parse(Parser.java:9)\n' +
        '\tat demo.ParserBudget.parse(ParserBudget.java:12)'
// a cause is described the same way; JDK frames keep their module prefix
def numberError = ~('demo\\.ParserBudget#number: the method threw java\\.lang\\.IllegalArgumentException: not a number: x1\n' +
        '\tat demo\\.ParserBudget\\.number\\(ParserBudget\\.java:21\\)\n' +
        'Caused by: java\\.lang\\.NumberFormatException: For input string: "x1"\n' +
        '\tat java\\.base/java\\.lang\\.NumberFormatException\\.forInputString\\(NumberFormatException\\.java:\\d+\\)\n' +
        '(\tat java\\.base/java\\.lang\\.Integer\\.parseInt\\(Integer\\.java:\\d+\\)\n){1,2}' +
        '\tat demo\\.ParserBudget\\.number\\(ParserBudget\\.java:19\\)')

assert log =~ /\[INFO\] \[1\/4\] demo\.BrokenBudget#run  n\/a  ERROR  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/4\] demo\.ParserBudget#length  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/4\] demo\.ParserBudget#number  n\/a  ERROR  \d+\.\d s/
assert log =~ /\[INFO\] \[4\/4\] demo\.ParserBudget#parse  n\/a  ERROR  \d+\.\d s/
assert log =~ /\[INFO\] allocbudget: 4 methods checked in \d+\.\d s: 1 passed, 0 over budget, 3 errors/
// in the log, detail lines are indented under their method
assert log.contains('[ERROR] Allocation could not be measured for 3 of 4 methods:\n' +
        '[ERROR]   demo.BrokenBudget#run: the constructor of demo.BrokenBudget threw java.lang.IllegalStateException: no config\n' +
        '    \tat demo.BrokenBudget.<init>(BrokenBudget.java:8)\n')
assert log.contains('\n[ERROR]   demo.ParserBudget#number: the method threw ')
assert log.contains('[ERROR]   ' + parseError.replace('\n', '\n    ') + "\n[ERROR] Report: ${htmlReport.canonicalPath}\n")
assert log.contains('\n    Caused by: java.lang.NumberFormatException: For input string: "x1"\n    \tat java.base/java.lang.NumberFormatException.forInputString(')
assert !log.contains('dev.allocbudget.runner') : 'the harness frames are cut off'
assert !log.contains('java.lang.invoke')
assert log.contains('Allocation could not be measured for 3 of 4 methods (details above and in ')

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.methods*.id == ['demo.BrokenBudget#run', 'demo.ParserBudget#length', 'demo.ParserBudget#number', 'demo.ParserBudget#parse']
assert json.methods*.verdict == ['ERROR', 'PASS', 'ERROR', 'ERROR']
assert json.methods*.bytesPerOp == [null, 0, null, null]
assert json.methods*.budget*.bytes == [0, 0, 0, 0]
// the user's frames only: the JDK's reflection frames below the constructor are cut off
assert json.methods[0].message == 'demo.BrokenBudget#run: the constructor of demo.BrokenBudget threw' +
        ' java.lang.IllegalStateException: no config\n\tat demo.BrokenBudget.<init>(BrokenBudget.java:8)'
assert json.methods[1].message == null
assert json.methods[2].message ==~ numberError
assert json.methods[3].message == parseError
// an exception is an answer, not a flaky figure: one fork per method
def forks = new File(basedir, 'target/allocbudget/forks').list().findAll { it.endsWith('-measure.events') }
assert forks.size() == 4 : "${forks}"
true
