package io.github.smtpstatus.codegen.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Authenticator;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MavenProxiesTest {

  @ParameterizedTest
  @CsvSource({
      "'www.iana.org', '*.iana.org', true",
      "'WWW.IANA.ORG', '*.iana.org', true",
      "'iana.org', '*.iana.org', false",
      "'www.iana.org', 'localhost|www.iana.org', true",
      "'www.iana.org', 'localhost,*.org', true",
      "'www.iana.org', '', false",
      "'www.iana.org', 'www.iana.org.evil', false"})
  void nonProxyHostsMatchWithWildcards(String host, String patterns, boolean bypassed) {
    MavenProxies proxies = new MavenProxies(List.of(proxy("https", "proxy", 3128, patterns)));

    assertThat(proxies.select(URI.create("https://" + host + "/x.csv"))).containsExactly(bypassed ? Proxy.NO_PROXY
        : new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy", 3128)));
  }

  @Test
  void anHttpsUrlTakesTheHttpsProxyElseTheHttpOne() {
    org.apache.maven.settings.Proxy http = proxy("http", "plain-proxy", 8080, null);
    org.apache.maven.settings.Proxy https = proxy("https", "tls-proxy", 8443, null);

    assertThat(new MavenProxies(List.of(http, https)).proxyFor(URI.create("https://www.iana.org/"))).isSameAs(https);
    assertThat(new MavenProxies(List.of(http)).proxyFor(URI.create("https://www.iana.org/"))).isSameAs(http);
    assertThat(new MavenProxies(List.of(https)).proxyFor(URI.create("http://127.0.0.1/"))).isNull();
  }

  @Test
  void theAuthenticatorAnswersOnlyTheProxyThatAsks() throws Exception {
    org.apache.maven.settings.Proxy proxy = proxy("https", "proxy.example", 3128, null);
    proxy.setUsername("user");
    proxy.setPassword("secret");
    Authenticator authenticator = new MavenProxies(List.of(proxy)).authenticator();
    InetAddress address = InetAddress.getLoopbackAddress();

    PasswordAuthentication answer = authenticator.requestPasswordAuthenticationInstance("proxy.example", address, 3128,
        "http", "realm", "Basic", null, Authenticator.RequestorType.PROXY);

    assertThat(answer.getUserName()).isEqualTo("user");
    assertThat(answer.getPassword()).containsExactly("secret".toCharArray());
    assertThat(authenticator.requestPasswordAuthenticationInstance("other.example", address, 3128, "http", "realm",
        "Basic", null, Authenticator.RequestorType.PROXY)).isNull();
    assertThat(authenticator.requestPasswordAuthenticationInstance("proxy.example", address, 3128, "http", "realm",
        "Basic", null, Authenticator.RequestorType.SERVER)).isNull();
  }

  private static org.apache.maven.settings.Proxy proxy(String protocol, String host, int port, String nonProxyHosts) {
    org.apache.maven.settings.Proxy proxy = new org.apache.maven.settings.Proxy();
    proxy.setId(protocol + "-" + host);
    proxy.setProtocol(protocol);
    proxy.setHost(host);
    proxy.setPort(port);
    proxy.setNonProxyHosts(nonProxyHosts);
    return proxy;
  }
}
