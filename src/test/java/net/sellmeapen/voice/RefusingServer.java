package net.sellmeapen.voice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Answers every WebSocket upgrade with a plain HTTP error status, as a refusing Realtime endpoint does. */
final class RefusingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    RefusingServer(int status, String reason) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    InputStream in = client.getInputStream();
                    byte[] buffer = new byte[8192];
                    StringBuilder request = new StringBuilder();
                    int read;
                    while (!request.toString().contains("\r\n\r\n") && (read = in.read(buffer)) > 0) {
                        request.append(new String(buffer, 0, read, StandardCharsets.ISO_8859_1));
                    }
                    OutputStream out = client.getOutputStream();
                    String body = "{\"error\":{\"message\":\"" + reason + "\"}}";
                    out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body)
                            .getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException e) {
                    // closed while accepting: the test is over
                }
            }
        }, "refusing-server");
        thread.setDaemon(true);
        thread.start();
    }

    String url() {
        return "ws://127.0.0.1:" + socket.getLocalPort() + "/v1/realtime";
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
