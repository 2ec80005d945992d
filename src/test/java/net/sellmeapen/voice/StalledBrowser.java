package net.sellmeapen.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A browser that upgrades and then never reads, on a socket with a small receive buffer. */
public final class StalledBrowser implements AutoCloseable {
    private final Socket socket;
    private final int status;

    private StalledBrowser(Socket socket, int status) {
        this.socket = socket;
        this.status = status;
    }

    public static StalledBrowser open(URI uri, String origin) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5000);
        socket.setSoTimeout(5000);
        String request = "GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\n"
                + "Host: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + (origin == null ? "" : "Origin: " + origin + "\r\n") + "\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String[] statusLine = head.toString().split(" ", 3);
        return new StalledBrowser(socket, statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1);
    }

    public int status() {
        return status;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
