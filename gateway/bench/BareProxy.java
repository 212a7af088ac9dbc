import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor under the gateway's cost: the proxy library the gateway is built on (Vert.x HTTP proxy,
 * the same jars, epoll, two event loops as the gateway has here) with nothing around it: no token
 * check, no routing, no limits, headers, request id or access log. Not a product: a benchmark target
 * that shows how much of the gateway's overhead is the library's and how much is the gateway's own.
 *
 * <pre>
 *   java -cp "$(ls gateway/target/quarkus-app/lib/main/*.jar | tr '\n' :)" gateway/bench/BareProxy.java 8089 8082
 * </pre>
 */
public class BareProxy {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstreamPort = Integer.parseInt(args[1]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(2));
        HttpProxy proxy = HttpProxy.reverseProxy(vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setMaxPoolSize(64)))
                .origin(upstreamPort, "127.0.0.1");
        vertx.createHttpServer().requestHandler(proxy).listen(port, "127.0.0.1")
                .onSuccess(server -> System.out.println("bare proxy on " + port + " -> " + upstreamPort + ", native transport: " + vertx.isNativeTransportEnabled()))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }
}
