import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /\[jmh 1\/2\] demo\.OwnSettingsBench#own  .*\(its own settings: 1 fork, 1 x 100 ms warm-up, 3 x 100 ms measurement, avgt in ns\)/
def own = new JsonSlurper().parse(new File(basedir, 'target/allocbudget/jmh-result.json'))
        .find { it.benchmark == 'demo.OwnSettingsBench.own' }
assert own.warmupIterations == 1 && own.measurementIterations == 3
true
