// Step 1, 'mvn -T 2 verify -Dallocbudget.forks=1': alpha and beta are checked at the same time, with one measuring
// JVM at a time across the build.
import java.nio.file.Files

def log = new File(basedir, 'build.log').text // the first step: the whole log
def slurper = new groovy.json.JsonSlurper()

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as thread-safe') && !log.contains('not marked @threadSafe')
// the parent (packaging pom) and api (main code only) have nothing to check
assert log.findAll(/\[INFO\] No test classes in this module; no allocation budgets to check\./).size() == 2
assert log.findAll(/\[INFO\] Measuring allocation of 3 methods on Java /).size() == 2
// progress lines interleave between modules, but each module counts its own methods
assert log =~ /\[INFO\] \[1\/3\] demo\.alpha\.AlphaBudget#boxed  16 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.alpha\.AlphaBudget#hashed  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.alpha\.AlphaBudget#shifted  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[1\/3\] demo\.beta\.BetaBudget#boxed  24 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[2\/3\] demo\.beta\.BetaBudget#doubled  0 B\/op  PASS  \d+\.\d s/
assert log =~ /\[INFO\] \[3\/3\] demo\.beta\.BetaBudget#pair  32 B\/op  PASS  \d+\.\d s/
assert log.findAll(/\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed, 0 over budget, 0 errors/).size() == 2
assert log.contains('BUILD SUCCESS')

// each module's report lists its own methods only
def alpha = slurper.parse(new File(basedir, 'alpha/target/allocbudget/report.json'))
assert alpha.methods*.id == ['demo.alpha.AlphaBudget#boxed', 'demo.alpha.AlphaBudget#hashed', 'demo.alpha.AlphaBudget#shifted']
assert alpha.methods*.bytesPerOp == [16, 0, 0]
assert alpha.methods*.verdict == ['PASS', 'PASS', 'PASS']
def beta = slurper.parse(new File(basedir, 'beta/target/allocbudget/report.json'))
assert beta.methods*.id == ['demo.beta.BetaBudget#boxed', 'demo.beta.BetaBudget#doubled', 'demo.beta.BetaBudget#pair']
assert beta.methods*.bytesPerOp == [24, 0, 32]
assert beta.methods*.verdict == ['PASS', 'PASS', 'PASS']
assert !new File(basedir, 'target/allocbudget').exists()
assert !new File(basedir, 'api/target/allocbudget').exists()

// one measuring JVM at a time across the whole build: a fork writes its .args file just before it starts and its
// last event just before it exits, so these intervals of the two modules' forks must not overlap
def mtime = { File f -> Files.getLastModifiedTime(f.toPath()).toMillis() }
def forks = { String module ->
    def dir = new File(basedir, "${module}/target/allocbudget/forks")
    dir.list().findAll { it.endsWith('-measure.events') }.sort().collect { name ->
        def stem = name - '.events'
        [module: module, fork: stem, start: mtime(new File(dir, stem + '.args')), end: mtime(new File(dir, name))]
    }
}
def measured = forks('alpha') + forks('beta')
assert measured.size() == 6
measured.each { a ->
    measured.each { b ->
        if (!a.is(b)) {
            assert a.end <= b.start || b.end <= a.start : "forks measured at the same time: ${a} and ${b}"
        }
    }
}
// ... and the two modules' checks did run at the same time, so the overlap was possible
def span = { String module ->
    def dir = new File(basedir, "${module}/target/allocbudget")
    [mtime(new File(dir, 'forks/fork-001-discover.args')), mtime(new File(dir, 'report.json'))]
}
def (alphaStart, alphaEnd) = span('alpha')
def (betaStart, betaEnd) = span('beta')
assert alphaStart < betaEnd && betaStart < alphaEnd : 'the checks of alpha and beta did not run in parallel'
true
