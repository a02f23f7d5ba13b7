package nl.jobbranding.api.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import nl.jobbranding.api.Page;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * Lists and tables as CSV ({@code Accept: text/csv}): RFC 4180 (CRLF, fields quoted where needed), UTF-8, a header row
 * with the JSON field names of the row record, then one row per item, in the JSON answer's order. A page's next page
 * is in the {@code Link} header ({@code rel="next"}), as the JSON answer's {@code _links.next}. Values are written as
 * in JSON (enums in their API form, times in ISO 8601); absent values are empty; a list is its elements joined by
 * {@code "; "}, a record element its values joined by {@code "="} (for example {@code careful=meets; just=meets}).
 */
@Provider
@Produces(CsvWriter.TEXT_CSV)
public class CsvWriter implements MessageBodyWriter<Object> {

    public static final String TEXT_CSV = "text/csv";
    public static final MediaType TEXT_CSV_TYPE = MediaType.valueOf(TEXT_CSV);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return mediaType.isCompatible(TEXT_CSV_TYPE) && (Page.class.isAssignableFrom(type) || CsvTable.class.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
        Class<?> rowType;
        List<?> rows;
        if (answer instanceof Page<?> page) {
            rows = page.items();
            rowType = genericType instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c ? c
                    : rows.isEmpty() ? null : rows.get(0).getClass();
            if (page.links() != null && page.links().next() != null) {
                headers.add("Link", "<" + page.links().next().href() + ">; rel=\"next\"");
            }
        } else {
            CsvTable table = (CsvTable) answer;
            rows = table.csvRows();
            rowType = table.rowType();
        }
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8; header=present");
        RecordComponent[] columns = rowType == null || !rowType.isRecord() ? new RecordComponent[0] : rowType.getRecordComponents();
        Writer writer = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        for (RecordComponent column : columns) {
            com.fasterxml.jackson.annotation.JsonProperty name = column.getAccessor()
                    .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
            header.add(name != null && !name.value().isEmpty() ? name.value() : column.getName());
        }
        printer.printRecord(header);
        for (Object row : rows) {
            List<String> fields = new ArrayList<>(columns.length);
            for (RecordComponent column : columns) {
                fields.add(text(value(column, row)));
            }
            printer.printRecord(fields);
        }
        printer.flush();
    }

    /** A value as one CSV field: see the class comment. */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            StringJoiner joined = new StringJoiner("; ");
            list.forEach(element -> joined.add(text(element)));
            return joined.toString();
        }
        if (value instanceof Record record) {
            StringJoiner joined = new StringJoiner("=");
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                joined.add(text(value(component, record)));
            }
            return joined.toString();
        }
        return value.toString();
    }

    private static Object value(RecordComponent component, Object row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + row.getClass().getSimpleName(), e);
        }
    }
}
