// runs with the forks on the JDK that runs Maven, and again on JDK 25 (it/pom.xml, profile forks-on-jdk25)
def log = new File(basedir, 'build.log').text
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def source = new File(basedir, 'src/test/java/demo/KnownAllocations.java').readLines()
def line = { String name -> source.findIndexOf { it.endsWith("// site:${name}") } + 1 }
def at = { String method -> "demo.KnownAllocations.${method}(KnownAllocations.java:${line(method)})".toString() }
def m = json.methods.collectEntries { [(it.id - 'demo.KnownAllocations#'): it] }

assert log.contains('BUILD SUCCESS')
// the forks ran on the JDK this run is for: JDK 25 in the forks-on-jdk25 execution, Maven's own otherwise
def jdk25Run = basedir.path.contains('it-jdk25')
assert jdk25Run ? json.environment.javaVersion.startsWith('25') : json.environment.javaVersion == System.getProperty('java.version')
assert json.methods*.verdict.every { it == 'PASS' }
// every site names the type, the count per call, and the user's line among its frames
def sites = { String method -> m[method].sites.collect { s -> [s.type, s.objectsPerOp, s.bytesPerOp, s.frames.contains(at(method))] } }
assert sites('intArray') == [['int[]', 1, 48, true]]
assert sites('boxed') == [['java.lang.Integer', 1, 16, true]]
assert m.boxed.sites[0].frames[0].startsWith('java.lang.Integer.valueOf(Integer.java:') // the JDK frame that allocates
assert sites('builderToString').sort() == [['byte[]', 1, 24, true], ['java.lang.String', 1, 24, true]]
assert sites('hashMapInsert') == [['java.util.HashMap$Node', 1, 32, true]]
assert sites('capturedLambda') == [['demo.KnownAllocations$$Lambda', 1, 16, true]]
// escape analysis untouched: the local array is never allocated, so it is never counted
assert m.localOnly.objectsPerOp == 0 && m.localOnly.bytesPerOp == 0 && m.localOnly.sites == []
m.each { name, r ->
    assert r.objectsPerOp == r.sites*.objectsPerOp.sum(0) : name
    assert r.bytesPerOp == r.sites*.bytesPerOp.sum(0) : "the sites add up to bytes/op: ${name}"
    assert r.sites.every { s -> s.frames.every { !it.startsWith('dev.allocbudget.') && !it.startsWith('java.lang.invoke.') } }
}
// the flame graph's stacks: one collapsed file per method with sites, root first, the allocated type as leaf,
// whole bytes per call; listed in report.json, exact (the agent records every allocation)
def reports = new File(basedir, 'target/allocbudget')
assert m.boxed.flame.stacks == 'exact' && m.boxed.flame.truncated == 0 && m.boxed.flame.count == 1
assert m.boxed.flame.file ==~ /flame\/demo\.KnownAllocations_boxed-[0-9a-f]{8}\.exact\.collapsed/
def boxedStacks = new File(reports, m.boxed.flame.file).readLines()
assert boxedStacks.size() == 1
assert boxedStacks[0] ==~ /${java.util.regex.Pattern.quote(at('boxed'))};java\.lang\.Integer\.valueOf\(Integer\.java:\d+\);java\.lang\.Integer 16/
assert m.localOnly.flame == null // nothing allocated, no stacks
m.findAll { name, r -> r.sites }.each { name, r ->
    def lines = new File(reports, r.flame.file).readLines()
    assert lines.collect { it.tokenize(' ')[-1] as long }.sum() == r.bytesPerOp : "the stacks add up to bytes/op: ${name}"
    assert lines.collect { it.substring(0, it.lastIndexOf(' ')).tokenize(';')[-1] }.toSet() == r.sites*.type.toSet() : "the leaves are the types: ${name}"
}
assert new File(reports, 'flame').list().size() == m.count { name, r -> r.sites }
// report.html draws a flame graph for each of them, with its stacks in the page
def html = new File(reports, 'report.html').text
def card = { String method -> html.split('<section class="method').find { it.contains("data-id=\"demo.KnownAllocations#${method}\"") }.split('</section>')[0] }
assert card('boxed').contains('<div class="flame-graph" data-coverage="exact" data-flame="')
assert card('boxed').contains('&quot;java.lang.Integer&quot;')
assert !card('localOnly').contains('flame-graph')
assert html.contains("script-src 'sha256-")
// the console shows them for passing methods too, with -Dallocbudget.sites=true
assert log =~ /\[INFO\]       1 obj     16 B  java\.lang\.Integer  at demo\.KnownAllocations\.boxed\(KnownAllocations\.java:${line('boxed')}\)  \(in java\.lang\.Integer\.valueOf\(Integer\.java:\d+\)\)/
true
