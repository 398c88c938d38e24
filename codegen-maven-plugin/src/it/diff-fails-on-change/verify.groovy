def log = new File(basedir, 'build.log').text
def report = new File(basedir, 'target/smtp-status/registry-diff.md')
assert report.isFile()
['| Enumerated Status Codes | 3 | 0 | 4 | 1 | differs |',
 '- X.1.10 "Recipient address has null MX"',
 '  - Associated basic status code: "552" -> "552, 554"',
 '  - Reference: "[RFC7505]" -> "[RFC7505] (Standards Track)"'].each { line ->
    assert report.text.contains(line + '\n') : "report lacks: $line"
    assert log.contains('[INFO] ' + line) : "log lacks: $line"
}
assert !report.text.contains('Subject Sub-Codes') : 'a file-to-file diff covers one table'
assert log.contains('smtp-status: the registry versions differ (failOnChange=true)')
return true
