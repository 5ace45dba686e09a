// Step 1, 'mvn verify -Dallocbudget.jmh=true -pl alpha' while another JMH run on this machine (LockHolder, started by
// prebuild.1.groovy) holds JMH's lock file: the check's JMH run waits for the lock instead of failing as JMH itself
// would ("Another JMH instance might be running"), says so in its fork's stdout, and runs once the lock is free.
def log = new File(basedir, 'build.log').text // the first step: the whole log
def forks = new File(basedir, 'alpha/target/allocbudget/forks')
def holderLog = new File(basedir, 'lock-holder.log')
def number = /\d+(?:\.\d{1,3})?/

// the holder is gone (it released the lock when it saw the plugin wait): never leave it behind
def holder = ProcessHandle.of(new File(basedir, 'lock-holder.pid').text as long)
holder.ifPresent { p -> try { p.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS) } catch (e) { p.destroyForcibly() } }
def lines = holderLog.readLines()
assert lines.size() == 2 : "${lines}; ${new File(basedir, 'lock-holder.out').text}"
def lockFile = lines[0] - 'locked '
assert new File(lockFile).name == 'jmh.lock'
def released = lines[1] =~ /^released after \d+ ms: (fork-\d{3}-jmh-run)\.out is waiting$/
assert released.matches() : "the check's JMH run never said it was waiting for the lock: ${lines[1]}"

// the first JMH run of the check found the lock taken: it wrote an event, printed why it waits, then ran JMH with
// JMH's own lock check off (JMH warns about that) and measured as usual
def runs = forks.list().findAll { it.endsWith('-jmh-run.out') }.sort()
assert runs == ['fork-005-jmh-run.out', 'fork-006-jmh-run.out']
def waited = runs.first() - '.out'
assert released.group(1) == waited
def out = new File(forks, waited + '.out').text
assert out.startsWith("allocbudget: waiting for ${lockFile}, held by another JMH run on this machine\n")
assert out.contains('# WARNING: JMH lock is ignored by user request')
assert out.contains('# Benchmark: demo.alpha.AlphaBudget_boxed_allocbudget.boxed\n')
def events = new File(forks, waited + '.events').readLines()
assert events[1] ==~ /jmh-waiting\t${java.util.regex.Pattern.quote(lockFile.toString())}\t\d+/
assert events[2].startsWith('jmh-result\t')
assert events.last() == 'bye'

// the build itself: both methods have JMH's figures, nothing failed
assert log.contains('[INFO] Running 2 methods under JMH (1 fork, 1 x 200 ms warm-up, 3 x 200 ms measurement, avgt'
        + ' in ns, GC profiler)\n')
assert log =~ /\[INFO\] \[jmh 1\/2\] demo\.alpha\.AlphaBudget#boxed  ${number}(?: ± ${number})? ns\/op  gc\.alloc\.rate\.norm ${number} B\/op  \(about \d+ s left\)\n/
assert log =~ /\[INFO\] \[jmh 2\/2\] demo\.alpha\.AlphaBudget#shifted  ${number}(?: ± ${number})? ns\/op  gc\.alloc\.rate\.norm ${number} B\/op\n/
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed, 0 over budget, 0 errors\n/
assert !log.contains('Another JMH instance')
// and the wait is on the console, not only in the fork's log
assert log =~ /\[WARNING\] demo\.alpha\.AlphaBudget#boxed: JMH waited \d+\.\d s for ${java.util.regex.Pattern.quote(lockFile.toString())}, held by another JMH run on this machine\n/
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'alpha/target/allocbudget/report.json'))
assert json.methods*.verdict == ['PASS', 'PASS']
assert json.methods.every { it.jmh != null && it.jmh.score > 0 && Math.abs(it.jmh.allocNorm - it.bytesPerOp) <= 1 }
assert !new File(basedir, 'beta/target').exists() : 'only alpha was built'
true
