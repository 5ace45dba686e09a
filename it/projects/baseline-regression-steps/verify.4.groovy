// Step 4, 'mvn allocbudget:baseline' on the changed code: the regression is accepted into the baseline.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def file = new File(basedir, 'allocbudget-baseline.json')
def java = Runtime.Version.parse(new groovy.json.JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
        .environment.javaVersion).feature()

// only the changed entry is reported; the others are the same
assert log.contains(
        '[INFO] Baseline: changed  demo.CodecBudget#encode: 48 B/op, 2 obj/op (was 32 B/op, 1 obj/op)\n' +
        "[INFO] Baseline: 3 methods recorded for Java ${java} in ${file.absolutePath}\n" +
        '[INFO] Commit allocbudget-baseline.json; where a figure changed, add a "reason" to its entry for the reviewers (rewriting keeps it).\n')
assert !log.contains('Baseline: added') && !log.contains('Baseline: removed')
assert log.contains('BUILD SUCCESS')

// rewritten: encode's new figures and sites, and the reason added to decode is kept (decode's site moved with the
// lines v2 added above it)
def source = new File(basedir, 'src/main/v2/demo/Codec.java').readLines()
def line = { String site -> source.findIndexOf { it.endsWith("// site:${site}") } + 1 }
def decodeLine = source.findIndexOf { it.contains('Integer.valueOf outside the cache') } + 1
def committed = new File(basedir, 'baseline-committed.json').text
assert file.text == committed
        .replaceFirst(/(?s)"demo\.CodecBudget#encode": \{.*?\]\}/, java.util.regex.Matcher.quoteReplacement(
            '"demo.CodecBudget#encode": {"bytesPerOp": 48, "objectsPerOp": 2, "sites": [\n' +
            "          {\"bytesPerOp\": 32, \"objectsPerOp\": 1, \"type\": \"int[]\", \"at\": \"demo.Codec.encode(Codec.java:${line('words')})\"},\n" +
            "          {\"bytesPerOp\": 16, \"objectsPerOp\": 1, \"type\": \"demo.Codec\$Frame\", \"at\": \"demo.Codec.encode(Codec.java:${line('frame')})\"}\n" +
            '        ]}'))
        .replace('"at": "demo.Codec.decode(Codec.java:12)"', "\"at\": \"demo.Codec.decode(Codec.java:${decodeLine})\"")
assert file.text.contains('"demo.CodecBudget#decode": {"bytesPerOp": 16, "objectsPerOp": 1, "reason": "ids above 127 are boxed: one Integer per call", "sites": [')
new File(basedir, 'baseline-accepted.json').text = file.text // for step 5
true
