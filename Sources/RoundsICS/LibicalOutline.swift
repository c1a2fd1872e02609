internal import CLibical
import Foundation

/// A calendar as libical parsed it: nested components with their properties' names,
/// parameters and values. Lets tests check what the writer wrote without parsing text by hand.
struct LibicalOutline: Equatable {
    struct Property: Equatable {
        var name: String
        var parameters: [String: String]
        /// The value unescaped for TEXT properties, otherwise as libical writes it.
        var value: String
    }

    var kind: String
    var properties: [Property]
    var components: [LibicalOutline]

    /// Parses `text` with libical; nil when libical returns nothing.
    static func parse(_ text: String) -> LibicalOutline? {
        TimeZones.withLibicalZones {
            guard let parsed = icalparser_parse_string(text) else { return nil }
            let owner = LibicalComponent(adopting: parsed)
            return outline(of: owner.pointer)
        }
    }

    /// Components of `kind` among the children, such as "VEVENT".
    func children(_ kind: String) -> [LibicalOutline] {
        components.filter { $0.kind == kind }
    }

    /// Properties called `name`, in order.
    func properties(_ name: String) -> [Property] {
        properties.filter { $0.name == name }
    }

    /// The value of the first property called `name`.
    func value(_ name: String) -> String? {
        properties(name).first?.value
    }

    private static func outline(of component: OpaquePointer) -> LibicalOutline {
        var properties: [Property] = []
        var property = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY)
        while let current = property {
            properties.append(describe(current))
            property = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)
        }
        var children: [LibicalOutline] = []
        var child = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let current = child {
            children.append(outline(of: current))
            child = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
        let kind = icalcomponent_kind_to_string(icalcomponent_isa(component)).map {
            String(cString: $0)
        }
        return LibicalOutline(kind: kind ?? "?", properties: properties, components: children)
    }

    private static func describe(_ property: OpaquePointer) -> Property {
        let name = icalproperty_get_property_name_r(property).map { owned in
            defer { free(owned) }
            return String(cString: owned)
        }
        var parameters: [String: String] = [:]
        var parameter = icalproperty_get_first_parameter(property, ICAL_ANY_PARAMETER)
        while let current = parameter {
            let (key, value) = describeParameter(current)
            parameters[key] = value
            parameter = icalproperty_get_next_parameter(property, ICAL_ANY_PARAMETER)
        }
        var value = ""
        if let libicalValue = icalproperty_get_value(property),
            icalvalue_isa(libicalValue) == ICAL_TEXT_VALUE,
            let text = icalvalue_get_text(libicalValue)
        {
            value = String(cString: text)
        } else if let text = icalproperty_get_value_as_string_r(property) {
            value = String(cString: text)
            free(text)
        }
        return Property(name: name ?? "?", parameters: parameters, value: value)
    }

    private static func describeParameter(_ parameter: OpaquePointer) -> (String, String) {
        let kind = icalparameter_isa(parameter)
        let name = icalparameter_kind_to_string(kind).map { String(cString: $0) } ?? "?"
        let direct: UnsafePointer<CChar>? =
            switch kind {
            case ICAL_CN_PARAMETER: icalparameter_get_cn(parameter)
            case ICAL_LABEL_PARAMETER: icalparameter_get_label(parameter)
            case ICAL_TZID_PARAMETER: icalparameter_get_tzid(parameter)
            default: nil
            }
        if let direct { return (name, String(cString: direct)) }
        guard let text = icalparameter_as_ical_string_r(parameter) else { return (name, "") }
        defer { free(text) }
        // Enumerated parameters come back as NAME=VALUE with nothing to unquote.
        let whole = String(cString: text)
        let value = whole.firstIndex(of: "=").map { String(whole[whole.index(after: $0)...]) }
        return (name, value ?? whole)
    }
}
