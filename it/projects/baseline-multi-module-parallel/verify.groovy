// After the two steps (invoker.properties; per-step checks in verify.1.groovy and verify.2.groovy)
def log = new File(basedir, 'build.log').text
def results = log.findAll(/BUILD (SUCCESS|FAILURE)/) { it[1] }
def checked = (1..2).findAll { log.contains("Finished post-build script: ${new File(basedir, "verify.${it}.groovy")}") }

assert results == ['SUCCESS', 'FAILURE']
assert checked == [1, 2]
true
