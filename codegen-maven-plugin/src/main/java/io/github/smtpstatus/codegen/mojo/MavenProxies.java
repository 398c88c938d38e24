package io.github.smtpstatus.codegen.mojo;

import java.io.IOException;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * The active proxies of Maven's settings for the JDK's HTTP client: Maven's own
 * {@link DefaultProxySelector} picks the proxy for a URL (by protocol, {@code https} falling back to
 * {@code http}, and {@code nonProxyHosts}), exactly as for Maven's own downloads; an
 * {@link Authenticator} answers a proxy's challenge with that proxy's credentials.
 */
final class MavenProxies extends ProxySelector {

  private final List<org.apache.maven.settings.Proxy> proxies;
  private final DefaultProxySelector selector = new DefaultProxySelector();

  /** @param proxies the active proxies, passwords decrypted */
  MavenProxies(List<org.apache.maven.settings.Proxy> proxies) {
    this.proxies = List.copyOf(proxies);
    for (org.apache.maven.settings.Proxy proxy : this.proxies) {
      String protocol = proxy.getProtocol() == null ? "http" : proxy.getProtocol().toLowerCase(Locale.ROOT);
      // Maven documents "|" between non-proxy hosts; "," is accepted as Maven's wagon transport did.
      String nonProxyHosts = proxy.getNonProxyHosts() == null ? null : proxy.getNonProxyHosts().replace(',', '|');
      selector.add(new org.eclipse.aether.repository.Proxy(protocol, proxy.getHost(), proxy.getPort()), nonProxyHosts);
    }
  }

  /** The Maven proxy for a URL, or {@code null} to connect directly. */
  org.apache.maven.settings.Proxy proxyFor(URI uri) {
    org.eclipse.aether.repository.Proxy chosen =
        selector.getProxy(new RemoteRepository.Builder("smtp-status", "default", uri.toString()).build());
    if (chosen == null) {
      return null;
    }
    for (org.apache.maven.settings.Proxy proxy : proxies) {
      if (proxy.getHost().equals(chosen.getHost()) && proxy.getPort() == chosen.getPort()) {
        return proxy;
      }
    }
    return null;
  }

  @Override
  public List<Proxy> select(URI uri) {
    org.apache.maven.settings.Proxy proxy = proxyFor(uri);
    return proxy == null ? List.of(Proxy.NO_PROXY)
        : List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.getHost(), proxy.getPort())));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress address, IOException failure) {
    // Maven's settings name one proxy per protocol: there is no other to fall back on.
  }

  /** Credentials for the proxy that asks for them, if its settings have a user name. */
  Authenticator authenticator() {
    return new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
          return null;
        }
        for (org.apache.maven.settings.Proxy proxy : proxies) {
          if (proxy.getUsername() != null && proxy.getHost().equalsIgnoreCase(getRequestingHost())
              && proxy.getPort() == getRequestingPort()) {
            String password = proxy.getPassword() == null ? "" : proxy.getPassword();
            return new PasswordAuthentication(proxy.getUsername(), password.toCharArray());
          }
        }
        return null;
      }
    };
  }
}
