package app.rounddown.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The company's own defaults, from settings checked at start-up: the time zone for people who are not signed in
 * (and for the first admin), and what a new opening's SuperDays pay.
 */
@ApplicationScoped
public class CompanyDefaults {
    @ConfigProperty(name = "rounddown.time-zone")
    String timeZone;
    @ConfigProperty(name = "rounddown.superday.fee")
    BigDecimal superdayFee;
    @ConfigProperty(name = "rounddown.superday.cancellation-fee")
    BigDecimal superdayCancellationFee;
    @ConfigProperty(name = "rounddown.superday.currency")
    String superdayCurrency;

    private ZoneId zone;

    /** Parsed once: times on every page fall back to it. */
    public ZoneId zone() {
        if (zone == null) {
            zone = ZoneId.of(timeZone.strip());
        }
        return zone;
    }

    public BigDecimal superdayFee() {
        return superdayFee.setScale(2);
    }

    public BigDecimal superdayCancellationFee() {
        return superdayCancellationFee.setScale(2);
    }

    public String superdayCurrency() {
        return superdayCurrency.strip();
    }
}
