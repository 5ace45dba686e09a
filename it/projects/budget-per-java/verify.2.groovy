// Step 2, the forks on JDK 25: the budgets for 25 and later apply, and both methods are over them; the report names
// the budget that applied.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert Runtime.Version.parse(json.environment.javaVersion).feature() == 25

assert log =~ /\[INFO\] \[1\/3\] demo\.PerJava#array  48 B\/op  1 obj\/op  FAIL  \d+\.\d s  \(budget for Java 25\+\)  \(measured again: JDK \S+ → 25\S+\)\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.PerJava#onlyNewer  16 B\/op  1 obj\/op  FAIL  \d+\.\d s  \(budget for Java 25\+\)  \(measured again: JDK \S+ → 25\S+\)\n/
assert log.contains('[ERROR]   demo.PerJava#array: bytes/op is 48, but budget for Java 25+ is 16\n')
assert log.contains('[ERROR]   demo.PerJava#onlyNewer: bytes/op is 16, but budget for Java 25+ is 0\n')
assert log.contains('[ERROR]   demo.PerJava#overlap: the budgets for java = "17-21" and java = "21+" both apply to Java 21;')

def m = json.methods.collectEntries { [(it.id - 'demo.PerJava#'): it] }
assert m.array.budget == [bytes: 16, objects: null, java: 'budget for Java 25+', threads: 1]
assert m.onlyNewer.budget == [bytes: 0, objects: null, java: 'budget for Java 25+', threads: 1]
assert [m.array.verdict, m.onlyNewer.verdict, m.overlap.verdict] == ['FAIL', 'FAIL', 'ERROR']
true
