def log = new File(basedir, 'build.log').text
def codes = new File(basedir, 'registry/codes.csv').path
assert log.contains("[WARNING] ${codes}:3: column \"Associated basic status code\": \"#552\" has unexpected character '#'; ignored")
assert log.contains('smtp-status: the inputs drew 1 warning(s), reported above, and failOnWarning is set: nothing was generated')
// The bundled class and subject tables draw no warning; nothing from them is at warning level.
assert log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('smtp-enhanced-status-codes') } == []
assert !new File(basedir, 'target/generated-sources/smtp-status').exists() : 'nothing may be written on failure'
return true
