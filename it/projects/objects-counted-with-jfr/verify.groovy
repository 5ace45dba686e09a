def log = new File(basedir, 'build.log').text
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
def source = new File(basedir, 'src/test/java/demo/JfrCounted.java').readLines()
def at = { String m -> "demo.JfrCounted.${m}(JfrCounted.java:${source.findIndexOf { it.endsWith("// site:${m}") } + 1})".toString() }
def m = json.methods.collectEntries { [(it.id - 'demo.JfrCounted#'): it] }

assert log.contains('BUILD SUCCESS')
assert m.values()*.verdict.every { it == 'PASS' }
assert m.values()*.objectsCountedWith.every { it == 'jfr-fallback' } // the report says which route counted
def sites = { String name -> m[name].sites.collect { s -> [s.type, s.objectsPerOp, s.bytesPerOp, s.frames.contains(at(name))] } }
assert sites('intArray') == [['int[]', 1, 48, true]]
assert sites('boxed') == [['java.lang.Integer', 1, 16, true]]
assert sites('hashMapInsert') == [['java.util.HashMap$Node', 1, 32, true]]
// JFR records every allocation outside a TLAB with TLABs off: its stacks are exact too, one collapsed file each
assert m.boxed.flame.stacks == 'exact' && m.boxed.flame.file.endsWith('.exact.collapsed')
assert new File(basedir, 'target/allocbudget/' + m.boxed.flame.file).text ==~ /(?s)${java.util.regex.Pattern.quote(at('boxed'))};.*;java\.lang\.Integer 16\n/
// the JFR forks run without TLABs, with G1, and count after a verdict of their own
def jfrArgs = new File(basedir, 'target/allocbudget/forks').listFiles().findAll { it.name.endsWith('.args') && it.text.contains('counting=jfr') }
assert jfrArgs.size() >= 3
assert jfrArgs.every { it.text.contains('"-XX:-UseTLAB"') && it.text.contains('"-XX:+UseG1GC"') }
true
