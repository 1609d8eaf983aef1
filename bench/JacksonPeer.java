import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The physical limit of the CKAN benchmark: Jackson 3 (the JSON library govmeta reads with, from the govmeta
 * jar: run with {@code -cp govmeta.jar:target}) parsing each JSON Lines record into a tree, as a validator
 * must, and nothing else: no schema, no positions, no report. Usage: JacksonPeer FILE.jsonl
 */
public class JacksonPeer {
    public static void main(String[] args) throws IOException {
        long records = 0;
        long members = 0;
        try (InputStream in = new BufferedInputStream(new FileInputStream(args[0]), 1 << 16);
                MappingIterator<JsonNode> it = JsonMapper.builder().build().readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                members += it.nextValue().size();
                records++;
            }
        }
        System.out.println("jackson: " + records + " records, " + members + " top-level members");
    }
}
