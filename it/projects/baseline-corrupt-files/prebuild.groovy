// Before the first step: when each broken file was last modified, to show afterwards that no step rewrote one
def times = new Properties()
new File(basedir, 'baselines').eachFile { times[it.name] = it.lastModified() as String }
new File(basedir, 'baselines.mtimes').withOutputStream { times.store(it, null) }
true
