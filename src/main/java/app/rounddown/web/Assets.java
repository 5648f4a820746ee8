package app.rounddown.web;

import io.quarkus.qute.TemplateExtension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The stylesheet, scripts and icon, each served under a path holding a hash of its content
 * ({@code /assets/3f2a9c1b7d04/app.css}), so a browser may keep it for a year and still gets a change on the next
 * page: the page then names a new path. Pages write {@code {asset:href('app.css')}}.
 */
@TemplateExtension(namespace = "asset")
public final class Assets {
    public static final String CACHED_FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final Map<String, String> TYPES = Map.of("app.css", "text/css; charset=utf-8",
            "files.js", "text/javascript; charset=utf-8", "careers.js", "text/javascript; charset=utf-8",
            "cards.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");
    private static final Map<String, Asset> ASSETS = Map.copyOf(TYPES.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> read(e.getKey(), e.getValue()))));

    private Assets() {
    }

    public record Asset(String name, String type, byte[] content, String version) {
        public String href() {
            return "/assets/" + version + "/" + name;
        }
    }

    public static String href(String name) {
        Asset asset = ASSETS.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("no asset named " + name);
        }
        return asset.href();
    }

    public static Optional<Asset> named(String name) {
        return Optional.ofNullable(ASSETS.get(name));
    }

    private static Asset read(String name, String type) {
        try (InputStream in = Assets.class.getResourceAsStream("/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the build: " + name);
            }
            byte[] content = in.readAllBytes();
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return new Asset(name, type, content, hash.substring(0, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
