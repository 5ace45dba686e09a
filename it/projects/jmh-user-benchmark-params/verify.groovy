def log = new File(basedir, 'build.log').text
def number = /\d+(?:\.\d{1,3})?/

// the check: one row per @Param value, each with its own exact figure (int[8] 48 B, int[64] 272 B)
assert log =~ /\[INFO\] \[1\/2\] demo\.ArrayBench#allocate\[size=64\]  272 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/2\] demo\.ArrayBench#allocate\[size=8\]  48 B\/op  PASS  \d+\.\d s\n/
// JMH: the user's benchmark itself (no wrapper), both rows from one JMH run of the method
assert log.contains('[INFO] Running 1 method under JMH (1 fork, 1 x 200 ms warm-up, 3 x 200 ms measurement, avgt in ns, GC profiler)\n')
assert log =~ /\[INFO\] \[jmh 1\/1\] demo\.ArrayBench#allocate\[size=64\]  ${number}(?: ± ${number})? ns\/op  gc\.alloc\.rate\.norm ${number} B\/op\n/
assert log =~ /\[INFO\] \[jmh 1\/1\] demo\.ArrayBench#allocate\[size=8\]  ${number}(?: ± ${number})? ns\/op  gc\.alloc\.rate\.norm ${number} B\/op\n/
assert !log.contains("JMH's gc.alloc.rate.norm is") : 'JMH and the check agree'
assert log =~ /\[INFO\] allocbudget: 2 methods checked in \d+\.\d s: 2 passed, 0 over budget, 0 errors\n/
assert log.contains('BUILD SUCCESS')

def jmhDir = new File(basedir, 'target/allocbudget/jmh')
assert !new File(jmhDir, 'wrappers/demo').exists() : 'a @Benchmark method is run as written, not wrapped'
def run = new File(basedir, 'target/allocbudget/forks').listFiles().find { it.name.endsWith('-jmh-run.out') }.text
assert run.contains('# Benchmark: demo.ArrayBench.allocate\n')
assert run.contains('# Parameters: (size = 8)') && run.contains('# Parameters: (size = 64)')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert json.methods*.id == ['demo.ArrayBench#allocate[size=64]', 'demo.ArrayBench#allocate[size=8]']
json.methods.each { m ->
    assert m.verdict == 'PASS'
    assert m.jmh.keySet() == ['score', 'error', 'unit', 'mode', 'allocNorm', 'reference', 'allocDisagreement'] as Set
    assert m.jmh.reference == null // no time gate, no reference
    assert m.jmh.score > 0 && m.jmh.unit == 'ns/op' && m.jmh.mode == 'avgt'
    assert Math.abs(m.jmh.allocNorm - m.bytesPerOp) <= 1 : m
}
assert json.methods*.bytesPerOp == [272, 48]
true
