def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/allocbudget/report.json')
def htmlReport = new File(basedir, 'target/allocbudget/report.html') // where the console points
def q = { String s -> java.util.regex.Pattern.quote(s) }

// one row per combination of the two @Param values (names sorted, values as written); ids sort as strings
def rows = ['[kind=ascii,size=1024]', '[kind=ascii,size=16]', '[kind=utf8,size=1024]', '[kind=utf8,size=16]']
def figures = [:]
rows.each { figures["demo.CodecBench#consume${it}".toString()] = 0 }
rows.each { figures["demo.CodecBench#decode${it}".toString()] = 104 }
[1040, 32, 2064, 48].eachWithIndex { bytes, i -> figures["demo.CodecBench#encode${rows[i]}".toString()] = bytes }
def problems = [
        'demo.CodecBench#perCallReset': '@Setup(Level.Invocation) method demo.CodecBench$PerCall.reset would run around'
                + ' every call, and its work (and its allocation) would be measured as part of every call; use'
                + ' Level.Trial or Level.Iteration (the check runs both once, before warm-up and after the measurement)',
        'demo.CodecBench#takesText'   : 'parameter 1 (java.lang.String) is neither a Blackhole nor a @State class; a'
                + ' budget method may take org.openjdk.jmh.infra.Blackhole and JMH @State objects, which the check'
                + ' creates as JMH does, and nothing else',
]
def ids = (figures.keySet() + problems.keySet()).sort()
assert ids.size() == 14

// progress: a line per row; decode has an objects budget, so its objects are counted (a String and its byte[])
assert log =~ /\[INFO\] Measuring allocation of 14 methods on Java /
ids.eachWithIndex { id, i ->
    def figure = problems.containsKey(id) ? 'n/a  ERROR  0\\.0 s'
            : id.contains('#decode') ? "${figures[id]} B/op  2 obj/op  PASS  \\d+\\.\\d s"
            : "${figures[id]} B/op  PASS  \\d+\\.\\d s"
    assert log =~ /\[INFO\] \[${i + 1}\/14\] ${q(id)}  ${figure}/
}
assert log =~ /\[INFO\] allocbudget: 14 methods checked in \d+\.\d s: 12 passed, 0 over budget, 2 errors/

// a refused shape says why
def block = (['[ERROR] Allocation could not be measured for 2 of 14 methods:']
        + problems.collect { id, problem -> "[ERROR]   ${id}: ${problem}".toString() }
        + ["[ERROR] Report: ${htmlReport.canonicalPath}".toString()]).join('\n')
assert log.contains(block)
assert !log.contains('Allocation budget exceeded')

def json = new groovy.json.JsonSlurper().parse(reportFile)
assert json.methods*.id == ids
json.methods.each { m ->
    if (problems.containsKey(m.id)) {
        assert m.bytesPerOp == null
        assert m.verdict == 'ERROR'
        assert m.message == "${m.id}: ${problems[m.id]}".toString()
    } else {
        assert m.bytesPerOp == figures[m.id] : m.id
        assert m.verdict == 'PASS'
        assert m.message == null
        assert m.objectsPerOp == (m.id.contains('#decode') ? 2 : null)
    }
}

// each measured row was set up as JMH would: @Param values injected before @Setup, @Setup once before the
// measurement, @TearDown after it (and after the count), the parameter's state inside the class's own. A fork
// that only counts objects (JFR, where the plugin has no native counter) repeats its row: such repeats are merged.
def runs = []
new File(basedir, 'target/helpers.log').readLines().each { line ->
    if (line.startsWith('CodecBench.setup')) runs << []
    runs[-1] << line
}
def merged = runs.inject([]) { acc, run -> acc && acc[-1] == run ? acc : acc + [run] }
def expected = ids.findAll { !problems.containsKey(it) }.collect { id ->
    def (kind, size) = (id =~ /\[kind=(\w+),size=(\d+)\]/)[0][1..2]
    def setup = "CodecBench.setup kind=${kind} size=${size}".toString()
    id.contains('#decode') ? [setup, 'Buffers.fill', 'Buffers.release', 'CodecBench.tearDown']
            : [setup, 'CodecBench.tearDown']
}
assert merged == expected
true
