import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Running 2 methods under JMH (1 fork, 2 x 100 ms warm-up, 5 x 100 ms measurement, avgt in'
        + ' ns, GC profiler)')
assert log =~ /\[INFO\] \[jmh 1\/2\] demo\.OwnSettingsBench#own  .* ns\/op  gc\.alloc\.rate\.norm \S+ B\/op  \(its own settings: 1 fork, 1 x 100 ms warm-up, 2 x 100 ms measurement, avgt in ns\)/
def plainLine = log.readLines().find { it.contains('[jmh 2/2] demo.OwnSettingsBench#plain') }
assert plainLine != null && !plainLine.contains('its own settings')

def results = new JsonSlurper().parse(new File(basedir, 'target/allocbudget/jmh-result.json'))
assert results.size() == 2
def own = results.find { it.benchmark == 'demo.OwnSettingsBench.own' }
assert own.warmupIterations == 1 && own.measurementIterations == 2 && own.forks == 1
assert own.warmupTime == '100 ms' && own.measurementTime == '100 ms'
assert own.secondaryMetrics.'gc.alloc.rate.norm'.score > 15
def plain = results.find { it.benchmark.endsWith('plain') }
assert plain.warmupIterations == 2 && plain.measurementIterations == 5
true
