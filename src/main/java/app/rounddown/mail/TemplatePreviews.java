package app.rounddown.mail;

import app.rounddown.web.SqlValues;
import app.rounddown.letters.CandidateTemplate;
import app.rounddown.letters.Letters;
import app.rounddown.letters.Rendered;
import app.rounddown.letters.TemplateText;
import app.rounddown.letters.TemplateVersion;
import app.rounddown.mail.TemplateEditor.CandidateChoice;
import app.rounddown.web.FormData;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * The template editor's read model, and previews: on a real candidate their name, first name and the title of the
 * opening they applied to last; every other placeholder from the template's samples, as the page says.
 */
@ApplicationScoped
public class TemplatePreviews {
    /** The picker lists this many candidates, alphabetically; a name filter narrows it. */
    static final int CANDIDATES = 20;

    @Inject
    Letters letters;

    /** The editor's page; with a source, also its preview for the candidate the form picked (or the first listed). */
    public TemplateEditor editor(CandidateTemplate template, TemplateText source, FormData form) {
        List<CandidateChoice> candidates = candidates(form == null ? "" : form.get("find"));
        String picked = form == null ? "" : form.get("candidateId");
        CandidateChoice chosen = candidates.stream().filter(c -> String.valueOf(c.id()).equals(picked)).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        Rendered preview = source == null ? null : letters.render(source, template, values(template, chosen));
        return new TemplateEditor(template, TemplateVersion.newest(template).orElse(null),
                TemplateVersion.history(template), candidates, chosen, preview);
    }

    /** A version rendered with the samples only, to read it as a candidate would. */
    public Rendered withSamples(CandidateTemplate template, TemplateText source) {
        return letters.render(source, template, values(template, null));
    }

    private static Map<String, Object> values(CandidateTemplate template, CandidateChoice candidate) {
        Map<String, Object> values = template.samples();
        values.remove(CandidateTemplate.COMPANY_NAME);
        if (candidate != null) {
            values.put("candidateName", candidate.name());
            values.put("firstName", candidate.name().strip().split("\\s+")[0]);
            if (candidate.openingTitle() != null) {
                values.put("openingTitle", candidate.openingTitle());
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static List<CandidateChoice> candidates(String find) {
        find = find.replace("\u0000", "");
        String pattern = SqlValues.containing(find.strip());
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select c.id, c.name, (select o.title from application a join opening o on o.id = a.opening_id
                                      where a.candidate_id = c.id order by a.created_at desc, a.id desc limit 1)
                from candidate c where lower(c.name) like ?1 escape '\\' order by lower(c.name), c.id limit ?2""")
                .setParameter(1, pattern).setParameter(2, CANDIDATES).getResultList();
        return rows.stream().map(r -> new CandidateChoice(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }
}
