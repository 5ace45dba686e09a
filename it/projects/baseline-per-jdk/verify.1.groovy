// Step 1: the check compares with this JDK's section, not with "99" (whose figures would have failed the build).
def log = new File(basedir, 'build.log').text // the first step: the whole log
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def java = Runtime.Version.parse(json.environment.javaVersion).feature() as String

assert java == Runtime.version().feature() as String : 'prebuild.1.groovy keyed the figures for the JDK the forks run on'
assert log =~ /\[INFO\] \[1\/2\] demo\.PerJdkBudget#array  48 B\/op  1 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/2\] demo\.PerJdkBudget#boxed  16 B\/op  1 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed \(0 improved, 0 new\), 0 over budget, 0 regressed, 0 errors\n/
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
assert !(pluginOutput =~ /\[(WARNING|ERROR)\]/)
assert log.contains('BUILD SUCCESS')

assert json.baseline.java == java
assert json.baseline.javaInFile == [java, '99']
assert json.methods*.baseline == [[status: 'SAME', bytesPerOp: 48, objectsPerOp: 1, reason: null, siteChanges: null],
                                  [status: 'SAME', bytesPerOp: 16, objectsPerOp: 1, reason: null, siteChanges: null]]
true
