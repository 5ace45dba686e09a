def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/allocbudget/report.json')

// killed after the 3 s timeout, not after the default 120 s
assert log =~ /\[INFO\] \[1\/2\] demo\.WorkerBudget#hang  n\/a  ERROR  3\.\d s/
assert log =~ /\[INFO\] \[2\/2\] demo\.WorkerBudget#work  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 1 passed, 0 over budget, 1 error/
assert log.contains('[ERROR] Allocation could not be measured for 1 of 2 methods:\n' +
        '[ERROR]   demo.WorkerBudget#hang: the forked JVM did not finish within 3 s and was killed' +
        ' (raise -Dallocbudget.forkTimeoutSeconds if the method is just slow)\n' +
        '    last lines of its stderr:\n    fork pid ')
assert log.contains('Allocation could not be measured for 1 of 2 methods (details above and in ')

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.methods*.id == ['demo.WorkerBudget#hang', 'demo.WorkerBudget#work']
assert json.methods*.verdict == ['ERROR', 'PASS']
assert json.methods*.bytesPerOp == [null, 0]
def message = json.methods[0].message
def forks = new File(basedir, 'target/allocbudget/forks').canonicalPath
def matcher = message =~ /^demo\.WorkerBudget#hang: the forked JVM did not finish within 3 s and was killed \(raise -Dallocbudget\.forkTimeoutSeconds if the method is just slow\)\nlast lines of its stderr:\nfork pid (\d+)\nchild pid (\d+)\nfork logs: (.*)$/
assert matcher.matches() : message
// fork 2 or 3: the methods may be measured at the same time (allocbudget.forks), and either fork may start first
assert matcher.group(3) ==~ /${java.util.regex.Pattern.quote(forks)}\/fork-00[23]-measure\.\*/
def pids = [matcher.group(1) as long, matcher.group(2) as long]
// the fork and the process it started are gone (a zombie waiting for its reaper counts as gone)
def alive = pids.findAll { pid ->
    ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) && !(new File("/proc/${pid}/stat").exists() && new File("/proc/${pid}/stat").text.split(' ')[2] == 'Z')
}
alive.each { ProcessHandle.of(it).ifPresent { it.destroyForcibly() } } // do not leave them behind if the check fails
assert alive.isEmpty() : "still running after the timeout: ${alive}"
true
