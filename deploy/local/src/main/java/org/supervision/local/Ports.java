package org.supervision.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Ports for servers: fixed ones for the local run (documented in README), free ones for tests. */
public final class Ports {

    private Ports() {
    }

    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on loopback", e);
        }
    }

    /** The fixed port when one is asked for, else a free one. */
    public static int fixedOrFree(boolean fixed, int port) {
        if (!fixed) {
            return free();
        }
        if (Await.accepts(port)) {
            throw new PlatformException("port " + port + " is already in use; stop what uses it "
                    + "(another local run? deploy/local/stop.sh) and start again");
        }
        return port;
    }
}
