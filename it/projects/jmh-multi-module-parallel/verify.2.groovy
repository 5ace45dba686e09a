// Step 2, 'mvn -T 2 verify -Dallocbudget.jmh=true': alpha and beta are checked at the same time, and each runs its
// methods under JMH after its check. Both get JMH's figures, and the build passes.
import java.nio.file.Files

def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def slurper = new groovy.json.JsonSlurper()
def number = /\d+(?:\.\d{1,3})?/

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as thread-safe') && !log.contains('not marked @threadSafe')
assert log.findAll(/\[INFO\] Measuring allocation of 2 methods on Java /).size() == 2
assert log.findAll(/\[INFO\] Running 2 methods under JMH \(1 fork, 1 x 200 ms warm-up, 3 x 200 ms measurement, avgt in ns, GC profiler\)\n/).size() == 2
// JMH's lines interleave between modules, but each module counts its own methods
[['alpha.AlphaBudget', 'boxed', 'shifted'], ['beta.BetaBudget', 'boxed', 'pair']].each { type, first, second ->
    assert log =~ /\[INFO\] \[jmh 1\/2\] demo\.${type}#${first}  ${number}(?: ± ${number})? ns\/op  gc\.alloc\.rate\.norm ${number} B\/op  \(about \d+ s left\)\n/
    assert log =~ /\[INFO\] \[jmh 2\/2\] demo\.${type}#${second}  ${number}(?: ± ${number})? ns\/op  gc\.alloc\.rate\.norm ${number} B\/op\n/
}
assert log.findAll(/\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed, 0 over budget, 0 errors\n/).size() == 2
assert !log.contains('Another JMH instance')
assert !log.contains("JMH's gc.alloc.rate.norm")
assert !log.contains('[ERROR]')
assert log.contains('BUILD SUCCESS')

// each module's report has JMH's figures for its own methods
def reports = ['alpha', 'beta'].collectEntries { m -> [(m): slurper.parse(new File(basedir, "${m}/target/allocbudget/report.json"))] }
assert reports.alpha.methods*.id == ['demo.alpha.AlphaBudget#boxed', 'demo.alpha.AlphaBudget#shifted']
assert reports.beta.methods*.id == ['demo.beta.BetaBudget#boxed', 'demo.beta.BetaBudget#pair']
assert reports.alpha.methods*.bytesPerOp == [16, 0]
assert reports.beta.methods*.bytesPerOp == [24, 32]
reports.each { m, json ->
    assert json.methods*.verdict == ['PASS', 'PASS']
    json.methods.each { r ->
        assert r.jmh != null && r.jmh.score > 0 && r.jmh.unit == 'ns/op' && r.jmh.mode == 'avgt'
        assert Math.abs(r.jmh.allocNorm - r.bytesPerOp) <= 1 : "${r.id}: JMH read ${r.jmh.allocNorm} B/op, the check ${r.bytesPerOp}"
    }
    // each module generated and compiled its own benchmarks
    assert new File(basedir, "${m}/target/allocbudget/jmh/wrappers/demo/${m}").list().size() == 2
}
assert !new File(basedir, 'target/allocbudget').exists()

// Timing. A fork writes its .args file just before it starts and its events last, just before it exits.
def mtime = { File f -> Files.getLastModifiedTime(f.toPath()).toMillis() }
def forks = ['alpha', 'beta'].collectMany { m ->
    def dir = new File(basedir, "${m}/target/allocbudget/forks")
    dir.list().findAll { it.endsWith('.events') }.sort().collect { name ->
        def stem = name - '.events'
        [module: m, fork: stem, kind: stem.replaceFirst(/^fork-\d+-/, ''), start: mtime(new File(dir, stem + '.args')),
         end: mtime(new File(dir, name)), waited: new File(dir, name).text.contains('\njmh-waiting\t')]
    }
}.sort { it.start }
assert forks.collect { it.kind }.countBy { it } == ['discover': 2, 'measure': 4, 'jmh-prepare': 2, 'jmh-run': 4]
def t0 = forks*.start.min()
def table = forks.collect { f -> String.format('%-5s %-20s %6d .. %6d ms%s', f.module, f.fork, f.start - t0, f.end - t0,
        f.waited ? '  (waited for jmh.lock)' : '') }.join('\n')
def overlap = { a, b -> a.start < b.end && b.start < a.end }
// the two modules' checks did run at the same time, so the overlaps below were possible
def span = { String m -> forks.findAll { it.module == m }.with { [it*.start.min(), it*.end.max()] } }
assert overlap([start: span('alpha')[0], end: span('alpha')[1]], [start: span('beta')[0], end: span('beta')[1]]) :
        "the modules were not checked in parallel:\n${table}"
// one measuring fork at a time across the build, JMH's runs included: a JMH run never shares the machine with
// another JMH run of this build (which would have to wait for JMH's lock) ...
def runs = forks.findAll { it.kind == 'jmh-run' }
runs.each { a -> runs.each { b -> if (!a.is(b)) {
    assert !overlap(a, b) : "JMH runs of this build at the same time: ${a.module} ${a.fork} and ${b.module} ${b.fork}:\n${table}"
} } }
// ... nor with the other module's check or benchmark compilation, which would distort its timings
runs.each { run -> forks.findAll { it.module != run.module && it.kind in ['measure', 'jmh-prepare'] }.each { other ->
    assert !overlap(run, other) : "${run.module} ${run.fork} ran while ${other.module} ${other.fork} did:\n${table}"
} }
true
