// A rule that an earlier rule of the same file makes unreachable fails the build with file and line,
// and nothing is generated.
def log = new File(basedir, 'build.log').text
assert log =~ /rules\/acme\.csv:3: can never decide: rule \S*rules\/acme\.csv:2 comes first and matches every failure this rule matches/
assert !new File(basedir, 'target/generated-sources/smtp-status/com/acme/bounces/AcmeRules.java').exists()
return true
