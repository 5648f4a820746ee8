package app.rounddown.house;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house (../shared/STYLE.md): rooms depend on lower rooms only, so each can be read and changed without the
 * ones above it; and no app class is written with its package inline, which would hide such a dependency.
 */
class HouseTest {
    /** Each room and its floor; a room may use rooms on lower floors only. */
    static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("web", 0),
            Map.entry("money", 1),
            Map.entry("server", 2), Map.entry("files", 2), Map.entry("calendar", 2),
            Map.entry("audit", 3), Map.entry("letters", 3),
            Map.entry("people", 4),
            Map.entry("access", 5),
            Map.entry("opening", 6), Map.entry("candidate", 6),
            Map.entry("pipeline", 7), Map.entry("cvtext", 7), Map.entry("notes", 7),
            Map.entry("scorecard", 8),
            Map.entry("superday", 9),
            Map.entry("decision", 10),
            Map.entry("dossier", 11),
            Map.entry("demo", 12), Map.entry("careers", 12), Map.entry("privacy", 12), Map.entry("reports", 12),
            Map.entry("mail", 13));
    private static final Pattern ROOM = Pattern.compile("app\\.rounddown\\.([a-z]+)\\..*");
    private static final Pattern INLINE_NAME = Pattern.compile("app\\.rounddown\\.[a-z]+\\.[A-Z]\\w*");

    @Test
    void everyRoomUsesOnlyRoomsBelowIt() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.rounddown");
        TreeSet<String> upward = new TreeSet<>();
        for (var type : classes) {
            String from = room(type.getName());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = room(dependency.getTargetClass().getName());
                if (to != null && !to.equals(from) && floor(to) >= floor(from)) {
                    upward.add(from + " -> " + to + ": " + type.getSimpleName() + " uses "
                            + dependency.getTargetClass().getSimpleName());
                }
            }
        }
        assertEquals(List.of(), List.copyOf(upward), "dependencies that do not point down the house");
    }

    @Test
    void everyRoomHasAFloor() {
        JavaClasses classes = new ClassFileImporter().importPackages("app.rounddown");
        TreeSet<String> unknown = new TreeSet<>();
        classes.forEach(type -> {
            String room = room(type.getName());
            if (room != null && !FLOORS.containsKey(room) && !room.equals("house") && !room.equals("support")
                    && !room.equals("journeys")) {
                unknown.add(room);
            }
        });
        assertEquals(List.of(), List.copyOf(unknown), "rooms missing from the house's floor plan");
    }

    @Test
    void appClassesAreImportedNotWrittenInline() throws IOException {
        List<String> inline = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String line = lines.get(i).strip();
                        if (line.startsWith("import ") || line.startsWith("package ")) {
                            continue;
                        }
                        Matcher name = INLINE_NAME.matcher(line);
                        if (name.find()) {
                            inline.add(file + ":" + (i + 1) + " " + name.group());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), inline, "app classes written with their package inline instead of imported");
    }

    private static String room(String className) {
        Matcher matcher = ROOM.matcher(className);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private static int floor(String room) {
        Integer floor = FLOORS.get(room);
        if (floor == null) {
            throw new AssertionError("the room " + room + " has no floor in the house's plan");
        }
        return floor;
    }
}
