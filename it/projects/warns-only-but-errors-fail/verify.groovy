// After the three steps (invoker.properties): each step's own checks ran (verify.1.groovy ... verify.3.groovy).
def log = new File(basedir, 'build.log').text
def results = log.findAll(/BUILD (SUCCESS|FAILURE)/) { it[1] }
def checked = (1..3).findAll { log.contains("Finished post-build script: ${new File(basedir, "verify.${it}.groovy")}") }
assert results == ['FAILURE', 'SUCCESS', 'FAILURE']
assert checked == [1, 2, 3]
true
