// Build 2 started after the marker was touched; no generated file and no state file may be newer.
def marker = new File(basedir, 'target/second-build.marker')
assert marker.isFile()
def outputs = []
new File(basedir, 'target/generated-sources/smtp-status').eachFileRecurse { if (it.isFile()) outputs << it }
outputs << new File(basedir, 'target/smtp-status/default.state')
assert outputs.size() == 7
outputs.each { file ->
    assert file.lastModified() < marker.lastModified() : "${file} was rewritten by the second build"
}
def log = new File(basedir, 'build.log').text
assert log.contains('smtp-status: 3 classes, 8 subjects, 81 codes up to date in')
assert log.contains('nothing written')
return true
