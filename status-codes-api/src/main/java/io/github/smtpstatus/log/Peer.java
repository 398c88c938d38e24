package io.github.smtpstatus.log;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The other end of a delivery or of a rejected session, as the log line writes it: a host name, an
 * address (IPv4, IPv6, or a socket path for LMTP over a Unix socket), a port; each may be missing.
 * {@code mx.example.net[192.0.2.1]:25} (Postfix), {@code mx.example.net [192.0.2.1]:25} (Exim),
 * {@code mx.example.net. [192.0.2.1]} (Sendmail).
 *
 * <p>Immutable and thread-safe; equal when host, address and port are equal.
 */
public final class Peer {

  private final String host;
  private final String address;
  private final int port;

  Peer(String host, String address, int port) {
    this.host = host;
    this.address = address;
    this.port = port;
  }

  /**
   * Postfix's {@code host[address]:port} ({@code relay=}, a client in a reject line); the address may be
   * IPv6 or a socket path; null for {@code none} or an empty value.
   */
  static Peer postfix(String value) {
    return postfix(value, 0, value.length());
  }

  /** {@link #postfix(String)} of {@code line[from, to)}: the relay read in place, no copy of the value first. */
  static Peer postfix(String line, int from, int to) {
    if (to == from || (to - from == 4 && line.startsWith("none", from))) {
      return null;
    }
    int open = line.indexOf('[', from);
    open = open >= to ? -1 : open;
    int close = line.lastIndexOf(']', to - 1);
    close = close < from ? -1 : close;
    if (open < 0 || close < open) {
      return new Peer(line.substring(from, to), null, -1);
    }
    return new Peer(open == from ? null : line.substring(from, open), line.substring(open + 1, close),
        port(line, close + 1, to));
  }

  /**
   * Exim's {@code H=} value: {@code host [address]:port}, {@code [address]}, {@code (helo) [address]} or
   * {@code host (helo) [address]}, maybe with a {@code *} after the address (a second message on one
   * connection); the HELO name in parentheses is not the host.
   */
  static Peer exim(String value) {
    return exim(value, 0, value.length());
  }

  /** {@link #exim(String)} of {@code line[from, to)}, token by token in place. */
  static Peer exim(String line, int from, int to) {
    String host = null;
    String address = null;
    int port = -1;
    int i = from;
    while (i < to) {
      int end = line.indexOf(' ', i);
      end = end < 0 || end > to ? to : end;
      if (end > i) {
        char first = line.charAt(i);
        if (first == '[') {
          int close = line.lastIndexOf(']', end - 1);
          if (close > i) {
            address = line.substring(i + 1, close);
            port = port(line, close + 1, end);
          }
        } else if (first != '(' && host == null) {
          host = line.substring(i, end);
        }
      }
      i = end + 1;
    }
    return host == null && address == null ? null : new Peer(host, address, port);
  }

  /** Sendmail's {@code relay=}: {@code host. [address]}, {@code [address]}, {@code host}, maybe {@code (may be forged)} after. */
  static Peer sendmail(String value) {
    int open = value.indexOf('[');
    int close = open < 0 ? -1 : value.indexOf(']', open);
    String host = (open < 0 ? value : value.substring(0, open)).strip();
    int space = host.indexOf(' ');
    if (space >= 0) {
      host = host.substring(0, space);
    }
    String address = close > open ? value.substring(open + 1, close) : null;
    if (host.isEmpty() || (address != null && host.equals("[" + address + "]"))) {
      host = null;
    }
    return host == null && address == null ? null : new Peer(host, address, -1);
  }

  /** The port after {@code ]:} at {@code colon}, or -1. */
  private static int port(String value, int colon) {
    return port(value, colon, value.length());
  }

  /** The port after {@code ]:} at {@code colon}, before {@code to}, or -1. */
  private static int port(String value, int colon, int to) {
    if (colon >= to || value.charAt(colon) != ':') {
      return -1;
    }
    int port = -1;
    for (int i = colon + 1; i < to && i <= colon + 5 && value.charAt(i) >= '0' && value.charAt(i) <= '9'; i++) {
      port = (port < 0 ? 0 : port * 10) + (value.charAt(i) - '0');
    }
    return port;
  }

  /**
   * {@return the host name as written ({@code mx.example.net}, {@code unknown}, {@code local}); empty when only an address is written}
   */
  public Optional<String> host() {
    return Optional.ofNullable(host);
  }

  /**
   * {@return the address as written between the brackets ({@code 192.0.2.1}, {@code 2001:db8::1}, {@code IPv6:2001:db8::1})}
   */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /** {@return the port, when the line gives one} */
  public OptionalInt port() {
    return port < 0 ? OptionalInt.empty() : OptionalInt.of(port);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Peer that && Objects.equals(host, that.host) && Objects.equals(address, that.address)
        && port == that.port;
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, address, port);
  }

  /** {@code host[address]:port}, as Postfix writes it, leaving out what is missing. */
  @Override
  public String toString() {
    return (host == null ? "" : host) + (address == null ? "" : "[" + address + "]") + (port < 0 ? "" : ":" + port);
  }
}
