def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/allocbudget/report.json')
def htmlReport = new File(basedir, 'target/allocbudget/report.html') // where the console points

def json = new groovy.json.JsonSlurper().parse(reportFile)
// each method's fork has files of its own; the methods may be measured at the same time (allocbudget.forks), so
// which number each got depends on which fork started first
def forks = new File(basedir, 'target/allocbudget/forks').canonicalPath
def forkOf = { String message -> (message =~ /\nfork logs: .*\/(fork-\d{3}-measure)\.\*$/).with { it.find() ? it.group(1) : null } }
def crashFork = forkOf(json.methods[0].message)
def exitFork = forkOf(json.methods[1].message)
assert [crashFork, exitFork].every { it ==~ /fork-00[234]-measure/ } && crashFork != exitFork : [crashFork, exitFork]

// System.exit(7): the exit code, then the last 20 of the 25 lines the method wrote to stderr
def exitError = 'demo.ShutdownBudget#exit: the forked JVM exited with code 7 before reporting\nlast lines of its stderr:\n' +
        (6..25).collect { "shutdown reason line ${it}" }.join('\n') + "\nfork logs: ${forks}/${exitFork}.*"

assert log =~ /\[INFO\] \[1\/3\] demo\.ShutdownBudget#crash  n\/a  ERROR  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.ShutdownBudget#exit  n\/a  ERROR  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.ShutdownBudget#survives  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 1 passed, 0 over budget, 2 errors/
assert log.contains('[ERROR] Allocation could not be measured for 2 of 3 methods:\n')
assert log.contains('[ERROR]   ' + exitError.replace('\n', '\n    ') + "\n[ERROR] Report: ${htmlReport.canonicalPath}\n")
assert !log.contains('shutdown reason line 5\n')
assert log.contains('Allocation could not be measured for 2 of 3 methods (details above and in ')

assert json.methods*.id == ['demo.ShutdownBudget#crash', 'demo.ShutdownBudget#exit', 'demo.ShutdownBudget#survives']
assert json.methods*.verdict == ['ERROR', 'ERROR', 'PASS']
assert json.methods*.bytesPerOp == [null, null, 0]
assert json.methods[1].message == exitError
// a JVM crash: HotSpot exits with 1 when it dumps no core, and prints its banner to stdout, which is quoted
def crash = json.methods[0].message
assert crash.startsWith('demo.ShutdownBudget#crash: the forked JVM exited with code 1 before reporting\n' +
        'last lines of its stdout:\n#\n# A fatal error has been detected by the Java Runtime Environment:\n')
assert crash.contains('# An error report file with more information is saved as:\n# ' + forks + '/' + crashFork + '-hs_err_pid')
assert crash.endsWith("\nfork logs: ${forks}/${crashFork}.*")
// the hs_err file lands with the fork logs, not in the module's base directory
def hsErr = new File(forks).listFiles().findAll { it.name.startsWith(crashFork + '-hs_err_pid') }
assert hsErr.size() == 1
assert !basedir.list().any { it.startsWith('hs_err_pid') }
assert hsErr[0].text.contains('SIGSEGV')
assert !new File(basedir, 'core').exists()
true
