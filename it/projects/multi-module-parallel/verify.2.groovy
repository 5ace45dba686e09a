// Step 2, 'mvn -T 2 verify -Dallocbudget.forks=2': alpha and beta are checked at the same time, each measuring two
// methods at a time, within one limit of two measuring JVMs for the whole build. Same figures, same progress lines.
import java.nio.file.Files

def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def slurper = new groovy.json.JsonSlurper()

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert log.findAll(/\[INFO\] Measuring allocation of 3 methods on Java /).size() == 2
// progress lines in id order within each module, whichever fork finished first
assert log =~ /\[INFO\] \[1\/3\] demo\.alpha\.AlphaBudget#boxed  16 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.alpha\.AlphaBudget#hashed  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.alpha\.AlphaBudget#shifted  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[1\/3\] demo\.beta\.BetaBudget#boxed  24 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.beta\.BetaBudget#doubled  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.beta\.BetaBudget#pair  32 B\/op  PASS  \d+\.\d s/
['alpha', 'beta'].each { m ->
    def lines = log.readLines().findAll { it =~ /\[INFO\] \[\d\/3\] demo\.${m}\./ }
    assert lines.collect { (it =~ /\[(\d)\/3\]/)[0][1] } == ['1', '2', '3'] : lines
}
assert log.findAll(/\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed, 0 over budget, 0 errors/).size() == 2
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')

def alpha = slurper.parse(new File(basedir, 'alpha/target/allocbudget/report.json'))
assert alpha.methods*.id == ['demo.alpha.AlphaBudget#boxed', 'demo.alpha.AlphaBudget#hashed', 'demo.alpha.AlphaBudget#shifted']
assert alpha.methods*.bytesPerOp == [16, 0, 0]
def beta = slurper.parse(new File(basedir, 'beta/target/allocbudget/report.json'))
assert beta.methods*.id == ['demo.beta.BetaBudget#boxed', 'demo.beta.BetaBudget#doubled', 'demo.beta.BetaBudget#pair']
assert beta.methods*.bytesPerOp == [24, 0, 32]

// A fork writes its .args file just before it starts and its last event just before it exits. At the start of any
// measuring fork, at most two (itself included) run, across both modules; and two did run at once.
def mtime = { File f -> Files.getLastModifiedTime(f.toPath()).toMillis() }
def measured = ['alpha', 'beta'].collectMany { module ->
    def dir = new File(basedir, "${module}/target/allocbudget/forks")
    dir.list().findAll { it.endsWith('-measure.events') }.sort().collect { name ->
        def stem = name - '.events'
        [module: module, fork: stem, start: mtime(new File(dir, stem + '.args')), end: mtime(new File(dir, name))]
    }
}
assert measured.size() == 6
// every fork of a module has files of its own
['alpha', 'beta'].each { m -> assert measured.findAll { it.module == m }*.fork.unique().size() == 3 }
def t0 = measured*.start.min()
def table = measured.sort { it.start }.collect { f -> "${f.module} ${f.fork} ${f.start - t0} .. ${f.end - t0} ms" }.join('\n')
def running = measured.collect { f -> measured.count { o -> o.start <= f.start && f.start < o.end } }
assert running.max() <= 2 : "more than two measuring JVMs at once:\n${table}"
assert running.max() == 2 : "never two measuring JVMs at once:\n${table}"
true
