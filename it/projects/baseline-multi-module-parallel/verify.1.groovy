// Step 1, '-T 2 allocbudget:baseline': each module records its own methods in its own file.
def log = new File(basedir, 'build.log').text // the first step: the whole log
def slurper = new groovy.json.JsonSlurper()

assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as thread-safe') && !log.contains('not marked @threadSafe')
// the parent (packaging pom) has nothing to record, and so no file
assert log.findAll(/\[INFO\] No test classes in this module; no allocation budgets to check\./).size() == 1
assert !new File(basedir, 'allocbudget-baseline.json').exists()
// progress and baseline lines of the two modules interleave, but each module reports its own
[alpha: ['demo.alpha.AlphaBudget#boxed: 16 B/op, 1 obj/op', 'demo.alpha.AlphaBudget#shifted: 0 B/op, 0 obj/op'],
 beta : ['demo.beta.BetaBudget#boxed: 24 B/op, 1 obj/op', 'demo.beta.BetaBudget#pair: 32 B/op, 1 obj/op']].each { module, added ->
    def file = new File(basedir, "${module}/allocbudget-baseline.json")
    added.each { assert log.contains("[INFO] Baseline: added    ${it}\n") }
    assert log =~ /\[INFO\] Baseline: 2 methods recorded for Java \d+ in ${java.util.regex.Pattern.quote(file.absolutePath)}\n/
    def json = slurper.parse(file)
    assert json.java.size() == 1
    def methods = json.java.values()[0].methods
    assert methods.keySet() as List == added.collect { it.substring(0, it.indexOf(':')) } : module
    assert methods.values()*.bytesPerOp == added.collect { (it =~ /: (\d+) B\/op/)[0][1] as int } : module
    new File(basedir, "${module}-baseline-step-1.json").bytes = file.bytes // for step 2
}
assert log.findAll(/\[INFO\] Commit allocbudget-baseline\.json; where a figure changed/).size() == 2
assert log.contains('BUILD SUCCESS')
true
