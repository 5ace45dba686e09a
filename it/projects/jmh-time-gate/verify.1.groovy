// Step 1, 'mvn allocbudget:baseline -Dallocbudget.jmh=true': the baseline records JMH's time of every method
// besides its bytes and objects.
def log = new File(basedir, 'build.log').text // the first step: the whole log
def file = new File(basedir, 'allocbudget-baseline.json')
def number = /\d+(?:\.\d{1,3})?/ // Figures.number: at most three decimals, no trailing zeros
def figure = { v -> new BigDecimal(v.toString()).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() }

assert log =~ /\[INFO\] >>> allocbudget-maven-plugin:\S+:baseline \(default-cli\) > test-compile @ jmh-time-gate >>>/
assert log =~ /\[INFO\] \[1\/2\] demo\.DigestBudget#digest  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/2\] demo\.DigestBudget#header  0 B\/op  0 obj\/op  PASS  \d+\.\d s\n/
// the POM's properties shorten JMH's iterations
assert log.contains('[INFO] Running 2 methods under JMH (1 fork, 2 x 200 ms warm-up, 5 x 200 ms measurement, avgt'
        + ' in ns, GC profiler)\n')
def digest = log =~ /\[INFO\] \[jmh 1\/2\] demo\.DigestBudget#digest  (${number} ± ${number} ns\/op)  gc\.alloc\.rate\.norm ${number} B\/op  \(about \d+ s left\)\n/
def header = log =~ /\[INFO\] \[jmh 2\/2\] demo\.DigestBudget#header  (${number} ± ${number} ns\/op)  gc\.alloc\.rate\.norm ${number} B\/op\n/
assert digest.find() && header.find()
assert log.contains(
        "[INFO] Baseline: added    demo.DigestBudget#digest: 0 B/op, 0 obj/op, ${digest.group(1)}\n" +
        "[INFO] Baseline: added    demo.DigestBudget#header: 0 B/op, 0 obj/op, ${header.group(1)}\n" +
        "[INFO] Baseline: 2 methods recorded for Java ${Runtime.version().feature()} in ${file.absolutePath}\n")
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
// no warning or error, but for a wait on JMH's machine-wide lock, which another JMH run on the machine can cause
assert pluginOutput.readLines().findAll { it =~ /\[(WARNING|ERROR)\]/ && !(it =~ /: JMH waited [\d.]+ s for /) } == []
assert log.contains('BUILD SUCCESS')

// one line per method, the time after bytes and objects, with the figures of the report
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def jmh = report.methods.collectEntries { [(it.id): it.jmh] }
def lines = file.readLines().findAll { it.startsWith('        "demo.') }
assert lines.size() == 2
['digest', 'header'].eachWithIndex { name, i ->
    def j = jmh["demo.DigestBudget#${name}".toString()]
    assert lines[i] == "        \"demo.DigestBudget#${name}\": {\"bytesPerOp\": 0, \"objectsPerOp\": 0, \"time\": {\"score\": ${figure(j.score)}, \"error\": ${figure(j.error)}, \"unit\": \"ns/op\", \"mode\": \"avgt\"}}${i == 0 ? ',' : ''}".toString()
}
def java = new groovy.json.JsonSlurper().parse(file).java[Runtime.version().feature() as String]
java.methods.each { id, e ->
    assert e.time.keySet() as List == ['score', 'error', 'unit', 'mode']
    assert e.time.score > 0 && e.time.error > 0 && e.time.unit == 'ns/op' && e.time.mode == 'avgt'
}
// the fixture: digest (the method the change slows down) is not so fast that the JIT's whims dominate its time
assert java.methods['demo.DigestBudget#digest'].time.score > 20 : "digest is only ${digest.group(1)}"
new File(basedir, 'baseline-recorded.json').text = file.text // steps 2-4 must leave the baseline alone
true
