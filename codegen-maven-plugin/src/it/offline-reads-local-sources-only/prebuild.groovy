// The older registry of update-from-local-source, copied into registry/ of this project.
def pristine = new File(basedir, '../../../src/it/update-from-local-source/registry-data/src/main/resources/io/github/smtpstatus/registry')
def registry = new File(basedir, 'registry')
registry.mkdirs()
pristine.eachFile { file -> new File(registry, file.name).bytes = file.bytes }
return true
