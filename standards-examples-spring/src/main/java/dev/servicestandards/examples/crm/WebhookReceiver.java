package dev.servicestandards.examples.crm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The receiving end of the starter's webhook, as a chat bot or another ticketing system would
 * write it: checks the {@code X-Standards-Signature} header (HMAC-SHA256 of the body with the
 * shared secret) in constant time, answers 401 when it does not match, and counts each
 * escalation id once, since a delivery may come again. {@code GET /hooks/escalations} lists the
 * ids received.
 */
@RestController
class WebhookReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookReceiver.class);

    private final byte[] secret;
    private final List<Long> received = new CopyOnWriteArrayList<>();

    WebhookReceiver(@Value("${standards.webhook.secret}") String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/hooks/escalations")
    ResponseEntity<Void> receive(@RequestHeader(name = "X-Standards-Signature", required = false) String signature,
            @RequestHeader("X-Standards-Escalation-Id") long id, @RequestBody byte[] body) {
        if (signature == null || !MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                expected(body).getBytes(StandardCharsets.US_ASCII))) {
            LOG.warn("webhook: escalation {} refused: the signature does not match", id);
            return ResponseEntity.status(401).build();
        }
        if (!received.contains(id)) {
            received.add(id);
            LOG.info("webhook: escalation {} received, signature verified: {}", id, new String(body, StandardCharsets.UTF_8));
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/hooks/escalations")
    List<Long> received() {
        return List.copyOf(received);
    }

    private String expected(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
