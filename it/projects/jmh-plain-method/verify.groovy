// 'mvn allocbudget:jmh' on plain budget methods, in a project with no JMH anywhere: the check measures both methods,
// then the plugin generates a JMH benchmark per method, compiles it with JMH's annotation processor in a forked JVM
// and runs it with the GC profiler.
def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'target/allocbudget')
def number = /\d+(?:\.\d{1,3})?/ // Figures.number: at most three decimals, no trailing zeros

// the project has no JMH set-up of its own: no dependency, no annotation processor, no @Benchmark
assert !new File(basedir, 'pom.xml').text.contains('org.openjdk.jmh')
new File(basedir, 'src').eachFileRecurse(groovy.io.FileType.FILES) { assert !it.text.contains('org.openjdk.jmh') }

// the goal compiles the tests itself, then runs the check and JMH
// Maven 3.9 and later name the plugin by its prefix in these lines
assert log =~ /\[INFO\] >>> allocbudget(-maven-plugin)?:\S+:jmh \(default-cli\) > test-compile @ jmh-plain-method >>>/
assert log =~ /\[INFO\] Measuring allocation of 2 methods on Java \S+ \(.+, .+\), one forked JVM each\n/
assert log =~ /\[INFO\] \[1\/2\] demo\.NumbersBudget#boxed  16 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/2\] demo\.NumbersBudget#mix  0 B\/op  PASS  \d+\.\d s\n/
assert log.contains('[INFO] Running 2 methods under JMH (1 fork, 1 x 200 ms warm-up, 3 x 200 ms measurement, avgt'
        + ' in ns, GC profiler)\n')
// one line per method, in the check's order; only the last has no estimate of the time left
def boxedLine = log =~ /\[INFO\] \[jmh 1\/2\] demo\.NumbersBudget#boxed  (${number}) ± (${number}) ns\/op  gc\.alloc\.rate\.norm (${number}) B\/op  \(about \d+ s left\)\n/
def mixLine = log =~ /\[INFO\] \[jmh 2\/2\] demo\.NumbersBudget#mix  (${number}) ± (${number}) ns\/op  gc\.alloc\.rate\.norm (${number}) B\/op\n/
assert boxedLine.find() && mixLine.find()
assert log.indexOf(boxedLine.group(0)) < log.indexOf(mixLine.group(0))
assert log.indexOf('Running 2 methods under JMH') > log.indexOf('[2/2] demo.NumbersBudget#mix') : 'JMH runs after the check'
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed, 0 over budget, 0 errors\n/
// JMH agrees with the check: no disagreement warning, nothing else to warn about, and no fight over JMH's lock
assert !log.contains("JMH's gc.alloc.rate.norm")
assert !log.contains('Another JMH instance')
def pluginOutput = log.substring((log =~ /--- allocbudget(-maven-plugin)?:/).with { it.find(); it.start() })
// no warning or error, but for a wait on JMH's machine-wide lock, which another JMH run on the machine can cause
assert pluginOutput.readLines().findAll { it =~ /\[(WARNING|ERROR)\]/ && !(it =~ /: JMH waited [\d.]+ s for /) } == []
assert log.contains('BUILD SUCCESS')

// report.json: JMH's figures beside the check's
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
assert json.methods*.id == ['demo.NumbersBudget#boxed', 'demo.NumbersBudget#mix']
assert json.methods*.bytesPerOp == [16, 0]
assert json.methods*.verdict == ['PASS', 'PASS']
assert json.methods*.message == [null, null]
json.methods.each { m ->
    assert m.jmh != null : "${m.id} has no JMH figures"
    assert m.jmh.keySet() as List == ['score', 'error', 'unit', 'mode', 'allocNorm', 'reference', 'allocDisagreement']
    assert m.jmh.allocDisagreement == null : "${m.id}: JMH and the check agree within the figure's tolerance"
    assert m.jmh.reference == null // no time gate, no reference
    assert m.jmh.score instanceof Number && m.jmh.score > 0
    assert m.jmh.error == null || (m.jmh.error instanceof Number && m.jmh.error >= 0)
    assert m.jmh.unit == 'ns/op'
    assert m.jmh.mode == 'avgt'
    assert m.jmh.allocNorm instanceof Number
    assert Math.abs(m.jmh.allocNorm - m.bytesPerOp) <= 1 : "${m.id}: JMH read ${m.jmh.allocNorm} B/op, the check ${m.bytesPerOp}"
}
// the console shows the report's figures
def figure = { v -> new BigDecimal(v.toString()).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() }
def (boxed, mix) = json.methods
assert [boxedLine.group(1), boxedLine.group(2), boxedLine.group(3)] ==
        [figure(boxed.jmh.score), figure(boxed.jmh.error), figure(boxed.jmh.allocNorm)]
assert [mixLine.group(1), mixLine.group(2), mixLine.group(3)] ==
        [figure(mix.jmh.score), figure(mix.jmh.error), figure(mix.jmh.allocNorm)]

// the Markdown report gains JMH's columns
def md = new File(dir, 'report.md').text
assert md.contains('| | Method | B/op | Budget | Baseline | Δ | obj/op | Budget | Baseline | Δ | JMH time | JMH B/op |\n')
assert md.contains("| `demo.NumbersBudget#boxed` | 16 | 16 | – | – | – | – | – | – | ${boxedLine.group(1)} ± ${boxedLine.group(2)} ns/op | ${boxedLine.group(3)} |\n")

// the generated wrappers: a @State class per method whose @Benchmark calls the budget method on its own instance
def wrappers = new File(dir, 'jmh/wrappers/demo')
assert wrappers.list().sort() == ['NumbersBudget_boxed_allocbudget.java', 'NumbersBudget_mix_allocbudget.java']
def boxedWrapper = new File(wrappers, 'NumbersBudget_boxed_allocbudget.java').text
assert boxedWrapper.startsWith('package demo;\n')
assert boxedWrapper.contains('@org.openjdk.jmh.annotations.State(org.openjdk.jmh.annotations.Scope.Thread)\n'
        + 'public class NumbersBudget_boxed_allocbudget {\n')
assert boxedWrapper.contains('private final demo.NumbersBudget target = create();')
assert boxedWrapper.contains('            return new demo.NumbersBudget();\n')
assert boxedWrapper.contains('    @org.openjdk.jmh.annotations.Benchmark\n    public java.lang.Integer boxed() throws Throwable {\n'
        + '        return target.boxed();\n    }\n')
assert new File(wrappers, 'NumbersBudget_mix_allocbudget.java').text.contains('    public int mix() throws Throwable {\n'
        + '        return target.mix();\n')
// ... compiled with JMH's annotation processor, outside the project's own target/classes and target/test-classes
def benchmarkList = new File(dir, 'jmh/classes/META-INF/BenchmarkList').text
assert benchmarkList.contains('demo.NumbersBudget_boxed_allocbudget') && benchmarkList.contains('demo.NumbersBudget_mix_allocbudget')
assert new File(dir, 'jmh/classes/demo/NumbersBudget_boxed_allocbudget.class').isFile()
assert new File(dir, 'jmh/classes/demo/jmh_generated').list().any { it.startsWith('NumbersBudget_boxed_allocbudget_') }
assert !new File(basedir, 'target/test-classes/demo/NumbersBudget_boxed_allocbudget.class').exists()
assert !new File(basedir, 'target/test-classes/META-INF/BenchmarkList').exists()

// the forks: discovery, one per method for the check, one that prepares the benchmarks, one JMH run per method
def forksDir = new File(dir, 'forks')
def forks = forksDir.list().findAll { it.endsWith('.events') }.sort()
assert forks == ['fork-001-discover.events', 'fork-002-measure.events', 'fork-003-measure.events',
        'fork-004-jmh-prepare.events', 'fork-005-jmh-run.events', 'fork-006-jmh-run.events']
['fork-005-jmh-run', 'fork-006-jmh-run'].each { fork ->
    def out = new File(forksDir, fork + '.out').text
    assert out.contains('# JMH version: 1.37')
    assert out.contains('gc.alloc.rate.norm')
    def events = new File(forksDir, fork + '.events').readLines()
    assert events.first().startsWith('allocbudget-events')
    assert events.count { it.startsWith('jmh-result\t') } == 1
    assert events.last() == 'bye'
}
assert new File(forksDir, 'fork-005-jmh-run.out').text.contains('# Benchmark: demo.NumbersBudget_boxed_allocbudget.boxed\n')
assert new File(forksDir, 'fork-006-jmh-run.out').text.contains('# Benchmark: demo.NumbersBudget_mix_allocbudget.mix\n')
true
