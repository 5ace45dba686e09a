// The engine and the plugin give every budget method of examples/router the same figures and the same verdict.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// measuring twice is this build's point, but a user's build says how to measure once
assert log.contains("[WARNING] allocbudget-junit is on the test class path, so Surefire's run of the tests measured" +
        " these budgets already; the check measures them again. To measure once, keep one: the engine (remove the" +
        " check's execution from the pom) or the check (-Dallocbudget.junit.enabled=false, or in Surefire's" +
        " configurationParameters).")

// The plugin's figures, from its report
def report = new JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def plugin = report.methods.collectEntries { m ->
    [(m.id): [bytes: m.bytesPerOp, objects: m.objectsPerOp, verdict: m.verdict]]
}

// The engine's, from the progress line each test printed into Surefire's XML:
// [3/19] dev.allocbudget.examples.RouterBudget#staticRoute  0 B/op  0 obj/op  PASS  0.6 s
def line = ~/^\[\d+\/\d+\] (\S+)  ([0-9.]+) B\/op(?: \(mean\))?(?:  ([0-9.]+) obj\/op)?  (\w+)  /
def engine = [:]
new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }.each { file ->
    new XmlSlurper().parse(file).testcase.each { testcase ->
        def out = testcase.'system-out'.text()
        def m = out.readLines().collect { line.matcher(it) }.find { it.find() }
        if (m != null) {
            assert testcase.@classname.text() + '#' + testcase.@name.text() == m.group(1)
            engine[m.group(1)] = [bytes: m.group(2) as BigDecimal, objects: m.group(3) as BigDecimal,
                                  verdict: m.group(4)]
        }
    }
}

assert plugin.size() == 14 // every budget method of examples/router
assert engine.keySet() == plugin.keySet()
plugin.each { id, figures ->
    def other = engine[id]
    assert other.verdict == figures.verdict : id
    assert other.bytes == (figures.bytes as BigDecimal) : "${id}: engine ${other.bytes}, plugin ${figures.bytes}"
    if (other.objects != null && figures.objects != null) {
        assert other.objects == (figures.objects as BigDecimal) : "${id}: objects"
    }
}
println "Same figures and verdicts for ${plugin.size()} methods: ${plugin.collect { id, f -> id + ' ' + f.bytes }}"
true
